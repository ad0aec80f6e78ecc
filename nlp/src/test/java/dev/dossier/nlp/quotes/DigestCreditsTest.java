package dev.dossier.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Quote;
import dev.dossier.core.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quotes a digest credits with a name and a colon inside a paragraph, with no verb of saying
 * ({@link TranscriptTurns}): "Topic - Name: “…”", "More from Name: “…”". The quoted words are
 * Michael Cohen's as the Mueller report (public domain) quotes them from an interview; the digest
 * line around them is the shape under test.
 */
class DigestCreditsTest {

  private static final String WORDS = "To be crystal clear, my wife, my daughter and my son, and this country have my first loyalty.";

  private static Quote quoted(String text) {
    List<Quote> quotes = QuotesOf.text(text);
    return quotes.stream().filter(q -> q.text().startsWith("To be crystal clear")).findFirst()
        .orElseThrow(() -> new AssertionError("no quote of the words in " + quotes));
  }

  /** A topic, a dash and the name: the name credits the quote. */
  @Test
  void process_topicDashNameColonQuote_directQuoteOfTheName() {
    String text = "Who comes first.\n\nFamily and country come first - Michael Cohen: \u201c" + WORDS + "\u201d\n";

    Quote quote = quoted(text);

    assertThat(quote.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(quote.speaker().name()).contains("Cohen");
  }

  /** "More from Name:" goes on quoting the name. */
  @Test
  void process_moreFromNameColonQuote_directQuoteOfTheName() {
    String text = "Who comes first.\n\nMichael Cohen spoke to ABC.\n\nWhat he put first - More from Cohen: \u201c" + WORDS + "\u201d\n";

    Quote quote = quoted(text);

    assertThat(quote.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(quote.speaker().name()).contains("Cohen");
  }
}
