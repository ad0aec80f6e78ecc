package dev.dossier.eval.quotes;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link QuoteEvaluation#run} evaluates.
 *
 * @param polnear the PolNeAR-format JSONL file, read from where it lies and never copied
 * @param limit evaluate only the first {@code limit} articles; 0 for all
 * @param baseline also run CoreNLP's quote annotator on the same articles
 */
public record QuoteOptions(Path polnear, int limit, boolean baseline) {

  /**
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  public QuoteOptions {
    Objects.requireNonNull(polnear, "polnear");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be 0 (all articles) or more, was " + limit);
    }
  }
}
