package dev.dossier.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Quote;
import dev.dossier.core.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a reported content after its cue ends at "and" and a second verb, on sentences of the Mueller
 * report (public domain): the token rules take the verb for a second verb phrase of the speaker's and end
 * the content before it; when the dependency parse makes it a conjunct of the content's own head, in the
 * same tense, it is more of what was said and the content runs on through it ({@link ContentJoins}).
 */
class ContentJoinsTest {

  private static Quote byCue(String text, String cue) {
    List<Quote> quotes = QuotesOf.text(text);
    return quotes.stream().filter(q -> q.kind() == QuoteKind.REPORTED && cue.equals(q.cueText())).findFirst().orElseThrow();
  }

  @Test
  void process_secondVerbOfTheContentsSubjectAfterAnd_contentRunsOnThroughIt() {
    String text = "Hicks also recalled that the President spoke on the phone that day with Chief of Staff John Kelly and that the "
        + "President said Kelly told him that McGahn had totally refuted the story and was going to put out a statement.";

    Quote told = byCue(text, "told");

    assertThat(told.text()).isEqualTo("that McGahn had totally refuted the story and was going to put out a statement");
  }
}
