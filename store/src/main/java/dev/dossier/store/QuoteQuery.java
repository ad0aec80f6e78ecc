package dev.dossier.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A search over stored quotes. All given criteria must hold together.
 *
 * @param speaker a speaker's name, alias or entity id: quotes whose speaker is an entity that name
 *     denotes (resolved as {@code dossier entity} resolves names), or whose speaker is so named
 *     ("a former senior intelligence official" matches "intelligence official"); {@code null} for any
 * @param contains words the quote's text must all contain, matched as search matches words (case,
 *     possessives and word endings do not matter; stop words are dropped; any order): the results are
 *     then ranked by how well the articles' quotes match instead of by date. Words that are all stop
 *     words are matched as a case-insensitive substring. {@code null} for any
 * @param from earliest publication date, inclusive, or {@code null}
 * @param to latest publication date, inclusive, or {@code null}
 * @param limit the most quotes to return, newest first
 * @param articleId only the quotes of this article, in text order; {@code null} for every article
 */
public record QuoteQuery(String speaker, String contains, LocalDate from, LocalDate to, int limit, String articleId) {

  /** The most quotes {@link #inArticle} returns: more than any article holds. */
  public static final int ARTICLE_LIMIT = 10_000;

  /**
   * @throws IllegalArgumentException if {@code limit} is not positive
   */
  public QuoteQuery {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    speaker = speaker == null || speaker.isBlank() ? null : speaker.strip();
    contains = contains == null || contains.isBlank() ? null : contains.strip();
    articleId = articleId == null || articleId.isEmpty() ? null : articleId;
  }

  /** A search over every article. */
  public QuoteQuery(String speaker, String contains, LocalDate from, LocalDate to, int limit) {
    this(speaker, contains, from, to, limit, null);
  }

  /** Every quote of one article, in text order. */
  public static QuoteQuery inArticle(String articleId) {
    return new QuoteQuery(null, null, null, null, ARTICLE_LIMIT, Objects.requireNonNull(articleId, "articleId"));
  }
}
