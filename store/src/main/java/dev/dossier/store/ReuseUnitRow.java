package dev.dossier.store;

import dev.dossier.core.Span;
import java.util.Objects;

/**
 * One stored reuse unit: a sentence (its prose) or a quotation of an article, as the engine's
 * text-reuse step indexed it.
 *
 * @param id the unit's number, in insertion order
 * @param articleId the article it belongs to
 * @param ord its position among the article's units
 * @param kind {@code prose} or {@code quote}
 * @param span where it stands in the article's cleaned text
 * @param terms its normalised terms, in the engine's serialised form
 * @param published the article's publication date (ISO), or {@code null} if unknown
 * @param groupId the reuse group it belongs to
 */
public record ReuseUnitRow(long id, String articleId, int ord, String kind, Span span, String terms, String published, long groupId) {

  public ReuseUnitRow {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(terms, "terms");
  }

  /**
   * Orders units by who published first: earlier date first, undated after dated, then insertion
   * order.
   */
  public boolean earlierThan(ReuseUnitRow other) {
    if (!Objects.equals(published, other.published)) {
      if (published == null) {
        return false;
      }
      if (other.published == null) {
        return true;
      }
      return published.compareTo(other.published) < 0;
    }
    return id < other.id;
  }
}
