package dev.dossier.ingest;

import dev.dossier.core.Article;
import dev.dossier.core.ErrorCode;
import dev.dossier.core.Rejection;
import dev.dossier.core.Removal;
import dev.dossier.ingest.clean.Cleaned;
import dev.dossier.ingest.clean.Cleaner;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * Turns what a reader found into an {@link Article}: applies the {@link IngestOptions} defaults,
 * cleans the text, and computes the id and content hash.
 *
 * <p>The id is the input's own id if it has one, else the first 16 hex digits of SHA-256 over the
 * normalised title and body <em>before</em> boilerplate removal, so a better cleaner never changes
 * an article's id. The content hash is SHA-256 over everything the pipeline sees (title, cleaned
 * text, date, source, url), so re-reading an unchanged input gives the same hash and a store can
 * skip it. Thread-safe.
 */
final class ArticleAssembler {

  private static final int ID_HEX_DIGITS = 16;

  /**
   * What a reader found, before cleaning.
   *
   * @param origin where it was read, for messages
   * @param id the input's own id, or null
   * @param url the article's address, or null
   * @param title the headline, or null
   * @param published the date the input gives, or null
   * @param source the outlet the input gives, or null
   * @param body the raw body text
   * @param removedBefore blocks an extractor already removed, with offsets into {@code body}
   */
  record Draft(
      String origin, String id, String url, String title, LocalDate published, String source, String body, List<Removal> removedBefore) {

    Draft {
      removedBefore = List.copyOf(removedBefore);
    }

    static Draft of(String origin, String title, String body) {
      return new Draft(origin, null, null, title, null, null, body, List.of());
    }
  }

  private final Cleaner cleaner;
  private final IngestOptions options;

  ArticleAssembler(Cleaner cleaner, IngestOptions options) {
    this.cleaner = cleaner;
    this.options = options;
  }

  /** Cleans a draft and builds its article, or rejects it as empty. */
  ReadResult assemble(Draft draft) {
    return build(draft, clean(draft));
  }

  Cleaned clean(Draft draft) {
    return cleaner.clean(draft.title(), draft.body(), draft.removedBefore());
  }

  /** Builds the article from an already cleaned draft, or rejects it if nothing is left. */
  ReadResult build(Draft draft, Cleaned cleaned) {
    if (cleaned.isEmpty()) {
      String detail = cleaned.removed().isEmpty()
          ? "no title and no text"
          : "nothing left after cleaning: all " + cleaned.removedCharCount() + " characters were boilerplate " + cleaned.removedChars().keySet();
      return rejected(draft.origin(), ErrorCode.EMPTY_ARTICLE, detail);
    }
    String id = blankToNull(draft.id());
    if (id == null) {
      id = sha256(cleaned.normalizedInput()).substring(0, ID_HEX_DIGITS);
    }
    String url = blankToNull(draft.url());
    LocalDate published = draft.published() != null ? draft.published() : options.published();
    String source = blankToNull(draft.source());
    if (source == null) {
      source = options.source();
    }
    String hash = contentHash(cleaned.title(), cleaned.text(), published, source, url);
    return new ReadResult.Read(new Article(id, url, cleaned.title(), published, source, cleaned.text(), cleaned.removed(), draft.origin(), hash));
  }

  static ReadResult rejected(String input, ErrorCode code, String detail) {
    return new ReadResult.Rejected(new Rejection(input, code, detail));
  }

  static String contentHash(String title, String text, LocalDate published, String source, String url) {
    // Field names and NUL separators keep "ab"+"c" and "a"+"bc" apart.
    String joined = "title\0" + title + "\0text\0" + text + "\0published\0" + (published == null ? "" : published)
        + "\0source\0" + (source == null ? "" : source) + "\0url\0" + (url == null ? "" : url);
    return sha256(joined);
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM provides SHA-256", e);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
