package dev.dossier.core;

import java.util.Objects;

/**
 * A word of a reused passage that stands where its source has a synonym: the trace of a spinner
 * ("Russian Federation" where the source said "Russia").
 *
 * @param span the word in this article's cleaned text
 * @param text the word as this article has it
 * @param original the word the source has in its place
 */
public record Spin(Span span, String text, String original) implements Spanned {

  public Spin {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(original, "original");
  }
}
