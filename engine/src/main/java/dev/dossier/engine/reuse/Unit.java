package dev.dossier.engine.reuse;

import dev.dossier.core.Span;
import java.util.List;
import java.util.Objects;

/**
 * What text reuse compares: the prose of one sentence (its words outside quotation marks), or one
 * quotation.
 *
 * @param quote true for a quotation, false for a sentence's prose
 * @param span the sentence, or the quotation without its quote marks
 * @param terms its content words in text order
 */
public record Unit(boolean quote, Span span, List<Term> terms) {

  public Unit {
    Objects.requireNonNull(span, "span");
    terms = List.copyOf(terms);
  }
}
