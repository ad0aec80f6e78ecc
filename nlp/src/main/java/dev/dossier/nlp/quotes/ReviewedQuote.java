package dev.dossier.nlp.quotes;

import dev.dossier.core.Quote;
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
}
