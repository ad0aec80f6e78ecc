package dev.dossier.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Quote;
import dev.dossier.core.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a reported content after its cue ends when a clause of the writer's follows it, set off by a
 * comma, on sentences of the Mueller report (public domain): the dependency parse attaches the clause
 * to the cue, not to what was said, so it is cut off ({@link ContentTails}); a second "that" clause,
 * part of what was said, is kept.
 */
class ContentTailsTest {

  private static Quote byCue(String text, String cue) {
    List<Quote> quotes = QuotesOf.text(text);
    return quotes.stream().filter(q -> q.kind() == QuoteKind.REPORTED && cue.equals(q.cueText())).findFirst().orElseThrow();
  }

  @Test
  void process_adverbialClauseWithItsOwnSubjectAfterTheContent_contentEndsBeforeTheComma() {
    String text = "Page recalled mentioning his involvement in the Trump Campaign with Baranov, although he did not remember "
        + "details of the conversation.";

    // Before the keep model, which keeps one of the two readings that claim the same words.
    Quote recalled = QuotesOf.beforeKeep(text).stream().filter(q -> q.kind() == QuoteKind.REPORTED && "recalled".equals(q.cueText())).findFirst().orElseThrow();

    assertThat(recalled.text()).isEqualTo("mentioning his involvement in the Trump Campaign with Baranov");
  }

  @Test
  void process_coordinatedClauseWithItsOwnSubjectAfterTheContent_contentEndsBeforeTheComma() {
    String text = "Lewandowski told Dearborn that the notes were the message they had discussed, but Dearborn did not recall "
        + "whether Lewandowski said the message was from the President.";

    Quote told = byCue(text, "told");

    assertThat(told.text()).isEqualTo("that the notes were the message they had discussed");
  }

  @Test
  void process_secondThatClauseOfTheContent_contentRunsOnThroughIt() {
    String text = "Corsi told the Office that Donald Trump expressed interest in his writings, and that he spoke with Trump "
        + "on the phone on at least six occasions.";

    Quote told = byCue(text, "told");

    assertThat(told.text()).endsWith("on the phone on at least six occasions");
  }
}
