package dev.dossier.eval.ner;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link NerEvaluation#run} evaluates.
 *
 * @param conll the CoNLL-2003 file with gold names, read from where it lies and never copied
 * @param limit evaluate only the first {@code limit} documents; 0 for all of them
 * @param baseline also run CoreNLP's default pipeline on the same documents
 */
public record NerOptions(Path conll, int limit, boolean baseline) {

  /**
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  public NerOptions {
    Objects.requireNonNull(conll, "conll");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be 0 (all documents) or more, was " + limit);
    }
  }

  /** Every document of the file, with the baseline. */
  public static NerOptions of(Path conll) {
    return new NerOptions(conll, 0, true);
  }
}
