package dev.dossier.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Quote;
import dev.dossier.core.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Verbs of thought with a clause, which the hand-written list reads, kept only where the learned
 * cue model takes them for a cue: sentences of the Mueller report (public domain) through the
 * standard pipeline.
 */
class ThoughtCueDecisionTest {

  private static List<Quote> quotes(String text) {
    return QuotesOf.text(text);
  }

  @Test
  void process_knewThatAsTheMainClause_reportedWithKnewAsCue() {
    List<Quote> quotes = quotes("The President further knew that the investigation had broadened to include his own conduct and whether he had obstructed justice.");

    assertThat(quotes).anySatisfy(quote -> {
      assertThat(quote.kind()).isEqualTo(QuoteKind.REPORTED);
      assertThat(quote.cueText()).isEqualTo("knew");
      assertThat(quote.text()).startsWith("that the investigation had broadened");
    });
  }

  @Test
  void process_knewInAConcessiveClauseTheModelRejects_noReportFromKnewButTheToldReportStays() {
    String text = "Later in April, the President told other attorneys in the White House Counsel's Office that he had called Comey even though he knew they had advised against direct contact.";
    List<Quote> quotes = quotes(text);

    assertThat(quotes).noneMatch(quote -> "knew".equals(quote.cueText()));
    assertThat(quotes).anySatisfy(quote -> {
      assertThat(quote.cueText()).isEqualTo("told");
      assertThat(quote.text()).contains("he had called Comey");
    });
  }
}
