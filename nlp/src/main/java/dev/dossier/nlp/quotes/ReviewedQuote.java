package dev.dossier.nlp.quotes;

import dev.dossier.core.Quote;
import dev.dossier.core.QuoteKind;
import java.util.List;

/**
 * An attribution the quote stage would emit, with the features its {@link KeepModel} weighs
 * ({@link KeepFeatures}).
 *
 * @param quote the quote as the stage builds it
 * @param features the names of the features that hold for it (lemmas, tags and shapes, no text)
 */
public record ReviewedQuote(Quote quote, List<String> features) {

  public ReviewedQuote {
    features = List.copyOf(features);
  }

  /**
   * True if this is a partial quote inside another of {@code all}: part of that attribution's
   * content, as the evaluation scores it and a reader sees it, not an attribution of its own.
   */
  public boolean nestedIn(List<ReviewedQuote> all) {
    return quote.kind() == QuoteKind.PARTIAL && all.stream().anyMatch(r -> r.quote() != quote && r.quote().span().contains(quote.span()));
  }
}
