package dev.dossier.store;

import dev.dossier.core.Rejection;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the ingest log: what happened to one input. The store keeps {@link #at()} to the
 * millisecond.
 *
 * @param input what was read, as the ingest names it: a file, {@code file:line} or a WARC record
 * @param articleId the article it became, or {@code null} if it was rejected before it had an id
 * @param status what happened
 * @param code the error code, such as {@code E104}, for a rejection; otherwise {@code null}
 * @param message a one-line explanation, or {@code null}
 * @param at when it happened
 */
public record IngestLogEntry(String input, String articleId, Status status, String code, String message, Instant at) {

  /** What happened to an input. */
  public enum Status {
    /** It became a new article. */
    INGESTED,
    /** It replaced a stored article whose content had changed. */
    UPDATED,
    /** It matched a stored article exactly and changed nothing. */
    UNCHANGED,
    /** It could not become an article. */
    REJECTED
  }

  public IngestLogEntry {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(at, "at");
  }

  /** The entry for an input that became an article with the given status. */
  public static IngestLogEntry of(String input, String articleId, ArticleStatus status, Instant at) {
    Status logged =
        switch (status) {
          case NEW -> Status.INGESTED;
          case CHANGED -> Status.UPDATED;
          case UNCHANGED -> Status.UNCHANGED;
        };
    return new IngestLogEntry(input, articleId, logged, null, null, at);
  }

  /** The entry for a rejected input: its code and one-line message. */
  public static IngestLogEntry rejected(Rejection rejection, Instant at) {
    return new IngestLogEntry(rejection.input(), null, Status.REJECTED, rejection.code().code(), rejection.message(), at);
  }
}
