package dev.dossier.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One news article after ingest and cleaning: its metadata, its cleaned text and what cleaning
 * removed. Every {@link Span} of every annotation points into {@link #text()}.
 *
 * <p>An article is identified by {@link #id()}: the id its source gave, otherwise a hash of its
 * content, so reading the same article twice yields the same id. {@link #contentHash()} changes
 * whenever anything the pipeline would see changes, which is how the store tells an unchanged
 * article from an updated one.
 *
 * @param id stable identifier, never blank
 * @param url where the article was published, or {@code null} if unknown
 * @param title the headline, possibly empty, never {@code null}
 * @param published the publication date, or {@code null} if unknown; relative dates in the text
 *     are normalised against it
 * @param source the outlet or feed name, or {@code null} if unknown
 * @param text the cleaned text
 * @param removed what cleaning removed, in text order
 * @param origin where it was read from, for messages: a file, a file and line, or a WARC record
 * @param contentHash hex digest over the title, text and metadata
 */
public record Article(
    String id,
    String url,
    String title,
    LocalDate published,
    String source,
    String text,
    List<Removal> removed,
    String origin,
    String contentHash) {

  public Article {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("article id must not be blank (origin: " + origin + ")");
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    removed = List.copyOf(removed);
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(contentHash, "contentHash");
  }
}
