package dev.dossier.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stances and appearances the quote stage reads without a verb of saying, on sentences of the
 * Mueller report (public domain, bundled as the demo corpus): "be" with an adjective of stance and
 * a preposition ("was upset about"), and "appear" and "seem" with no source ("The GRU appears to
 * have …", "it appears that …").
 */
class AppearanceAndStanceTest {

  private static List<Quote> quotes(String text) {
    return QuotesOf.text(text);
  }

  private static Quote byCue(List<Quote> quotes, String cue) {
    return quotes.stream().filter(q -> cue.equals(q.cueText())).findFirst().orElseThrow(() -> new AssertionError("no quote with cue " + cue + " in " + quotes));
  }

  @Test
  void process_beUpsetAboutAnObject_subjectHoldsTheStanceTowardsIt() {
    String text = "Hicks was upset about Corallo's public statement and called him that evening to say the President had not approved the statement.";

    Quote upset = byCue(quotes(text), "was upset about");
    assertThat(upset.speaker().span().of(text)).isEqualTo("Hicks");
    assertThat(upset.text()).isEqualTo("Corallo's public statement");
  }

  @Test
  void process_beUnhappyWithInsideReportedSpeech_readAsAStanceOfItsOwn() {
    String text = "Several witnesses said that the President was unhappy with Flynn for other reasons at this time.";

    // Before the keep model, which keeps one of the two readings that claim the same words.
    List<Quote> quotes = QuotesOf.beforeKeep(text);
    Quote unhappy = byCue(quotes, "was unhappy with");
    assertThat(unhappy.speaker().span().of(text)).isEqualTo("the President");
    assertThat(unhappy.text()).startsWith("Flynn");
    assertThat(byCue(quotes, "said").text()).startsWith("that the President was unhappy with Flynn");
  }

  @Test
  void process_subjectAppearsToHaveDoneSomething_subjectAndInfinitiveWithNoSource() {
    String text = "The GRU appears to have compressed and exfiltrated over 70 gigabytes of data from this file server.";

    Quote appears = byCue(quotes(text), "appears");
    assertThat(appears.speaker()).isNull();
    assertThat(appears.parts()).hasSize(2);
    assertThat(appears.parts().getFirst().of(text)).isEqualTo("The GRU");
    assertThat(appears.parts().getLast().of(text)).startsWith("to have compressed and exfiltrated");
  }

  @Test
  void process_itAppearsThat_theClauseWithNoSource() {
    String text = "Although damaging opposition research is surely valuable to a campaign, it appears that the information ultimately "
        + "delivered in the meeting was not valuable.";

    Quote appears = byCue(quotes(text), "appears");
    assertThat(appears.speaker()).isNull();
    assertThat(appears.text()).isEqualTo("the information ultimately delivered in the meeting was not valuable");
  }

  @Test
  void process_doesNotSeem_noAppearanceForANegatedVerb() {
    String text = "Cohen did not appear to know that the Klokov he spoke with was not that Olympian.";

    assertThat(quotes(text)).noneMatch(q -> "appear".equals(q.cueText()));
  }
}
