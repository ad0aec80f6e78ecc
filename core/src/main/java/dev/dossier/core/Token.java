package dev.dossier.core;

import java.util.Objects;

/**
 * A token of the cleaned text.
 *
 * @param span where the token stands in the cleaned text
 * @param word the token as the tokenizer normalised it (usually the covered text)
 * @param pos its Penn Treebank part-of-speech tag, or {@code null} if no stage assigned one
 * @param lemma its lemma, or {@code null} if no stage assigned one
 */
public record Token(Span span, String word, String pos, String lemma) implements Spanned {

  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(word, "word");
  }
}
