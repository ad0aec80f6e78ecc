package dev.dossier.core;

import java.util.Objects;

/**
 * A sentence: its character span and its tokens as a half-open range of indexes into the
 * document's token layer.
 *
 * @param span characters from the first token's start to the last token's end
 * @param firstToken index of the first token, inclusive
 * @param endToken index after the last token, exclusive
 */
public record Sentence(Span span, int firstToken, int endToken) implements Spanned {

  public Sentence {
    Objects.requireNonNull(span, "span");
    if (firstToken < 0 || endToken < firstToken) {
      throw new IllegalArgumentException("invalid token range [" + firstToken + ", " + endToken + ")");
    }
  }

  public int tokenCount() {
    return endToken - firstToken;
  }
}
