package dev.dossier.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "According to X" where the reader had found no source or no content ({@link SubjectlessCues}):
 * a source whose noun follows adjectives that are compared or joined ("the most recent reports",
 * "complete but unofficial reports"), and an "according to" that opens the clause after a colon.
 * The sentences are the Mueller report's (public domain), the source or the clause before the
 * colon put in the shape under test.
 */
class AccordingToTest {

  private static Quote accordingTo(String text) {
    List<Quote> quotes = QuotesOf.text(text);
    return quotes.stream().filter(q -> "according to".equalsIgnoreCase(q.cueText())).findFirst()
        .orElseThrow(() -> new AssertionError("no quote with cue according to in " + quotes));
  }

  /** "the most recent" is an adverb and adjectives before the source's noun: the source is the whole phrase. */
  @Test
  void process_sourceWithAComparedAdjective_contentBeforeTheCue() {
    String text = "Kushner ultimately gave one copy of the document to Bannon, according to the most recent reports.";

    Quote quote = accordingTo(text);

    assertThat(quote.speaker().span().of(text)).isEqualTo("the most recent reports");
    assertThat(quote.text()).isEqualTo("Kushner ultimately gave one copy of the document to Bannon");
  }

  /** Two adjectives joined by "but" before the source's noun. */
  @Test
  void process_sourceWithJoinedAdjectives_contentBeforeTheCue() {
    String text = "Kushner ultimately gave one copy of the document to Bannon, according to complete but unofficial reports.";

    assertThat(accordingTo(text).speaker().span().of(text)).isEqualTo("complete but unofficial reports");
  }

  /** A colon ends the writer's clause; "according to" opens the one after it, which reports the source's words. */
  @Test
  void process_accordingToAfterAColon_contentIsTheClauseAfterTheSource() {
    String text = "The invitation said little: according to Cohen, the invitation gave no indication that Peskov had been involved in inviting him.";

    Quote quote = accordingTo(text);

    assertThat(quote.speaker().span().of(text)).isEqualTo("Cohen");
    assertThat(quote.text()).isEqualTo("the invitation gave no indication that Peskov had been involved in inviting him");
  }
}
