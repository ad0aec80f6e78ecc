package dev.dossier.core;

import java.util.List;
import java.util.Objects;

/**
 * A passage of an article that also stands, possibly spun, shuffled or lightly edited, in an
 * article published earlier: its earliest known publisher.
 *
 * @param span the passage in this article's cleaned text
 * @param sourceArticle the id of the earliest known article with the passage
 * @param sourceSpan the passage in that article's cleaned text
 * @param kind copied prose or a shared quotation
 * @param spins the words that stand where the source has a synonym, in text order
 */
public record ReusedPassage(Span span, String sourceArticle, Span sourceSpan, ReuseKind kind, List<Spin> spins) implements Spanned {

  public ReusedPassage {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(sourceArticle, "sourceArticle");
    Objects.requireNonNull(sourceSpan, "sourceSpan");
    Objects.requireNonNull(kind, "kind");
    spins = List.copyOf(spins);
  }
}
