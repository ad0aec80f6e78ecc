package dev.dossier.engine.reuse;

import dev.dossier.core.Span;
import java.util.Objects;

/**
 * A content word (or a multi-word lemma such as "Russian Federation") of a reuse unit.
 *
 * @param key what it is compared by: its lemma in lower case, or for a name WordNet knows, the
 *     name of its synset ("united states" for "USA")
 * @param word the word as the text has it
 * @param span where it stands in the article's cleaned text; {@code null} for a term read back
 *     from the store, whose position is not kept
 */
public record Term(String key, String word, Span span) {

  public Term {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(word, "word");
  }
}
