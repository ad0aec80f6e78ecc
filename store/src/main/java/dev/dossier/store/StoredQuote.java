package dev.dossier.store;

import dev.dossier.core.Quote;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A stored quote with the article it stands in.
 *
 * @param articleId the article's id
 * @param title the article's title
 * @param published the article's publication date, or {@code null}
 * @param quote the quote; its spans point into the article's cleaned text
 */
public record StoredQuote(String articleId, String title, LocalDate published, Quote quote) {

  public StoredQuote {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(quote, "quote");
  }
}
