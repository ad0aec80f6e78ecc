package dev.dossier.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Subjects of a cue that the phrase reader had left without a head, so the cue reported nothing:
 * an appositive whose noun the tagger reads as an adjective ("a regular at the embassy"), and a
 * quantifier that is the object of the noun before it ("officials in all three"). The sentences
 * are the Mueller report's (public domain) with the speaker phrase put in the shape under test,
 * for the report has neither shape before a cue.
 */
class SubjectShapesTest {

  private static Quote byCue(String text, String cue) {
    List<Quote> quotes = QuotesOf.text(text);
    return quotes.stream().filter(q -> cue.equals(q.cueText())).findFirst().orElseThrow(() -> new AssertionError("no quote with cue " + cue + " in " + quotes));
  }

  /** "a regular" is tagged as an adjective; before a preposition it is the appositive's noun, and the name before it speaks. */
  @Test
  void process_appositiveWithAnAdjectiveForItsNoun_speakerIsTheName() {
    String text = "Denis Klimentov, a regular at the embassy, said that when Russians learned of Page's involvement in the Trump Campaign "
        + "in March 2016, the excitement was palpable.";

    Quote said = byCue(text, "said");

    assertThat(said.speaker().span().of(text)).isEqualTo("Denis Klimentov");
    assertThat(said.text()).startsWith("that when Russians learned");
  }

  /** "all three" has no noun of its own: the subject is the noun it quantifies over, "Officials in all three". */
  @Test
  void process_quantifierAfterAPreposition_speakerIsTheNounBeforeIt() {
    String text = "Officials in all three said they believed these were targets of SSCI.";

    Quote said = byCue(text, "said");

    assertThat(said.speaker().span().of(text)).isEqualTo("Officials in all three");
    assertThat(said.text()).isEqualTo("they believed these were targets of SSCI");
  }
}
