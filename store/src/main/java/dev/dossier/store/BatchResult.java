package dev.dossier.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a {@link Store#commit} did.
 *
 * @param batch the sequence number the batch was stored under; for an empty batch, which writes
 *     nothing, the number of the last stored batch
 * @param statuses each document's id and how it compared with the stored article before the
 *     commit, in batch order: {@code NEW} and {@code CHANGED} ones were written, {@code UNCHANGED}
 *     ones were skipped
 * @param logged how many ingest log entries were written
 */
public record BatchResult(long batch, Map<String, ArticleStatus> statuses, int logged) {

  public BatchResult {
    statuses = Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
  }

  /** How many documents had the given status. */
  public int count(ArticleStatus status) {
    return (int) statuses.values().stream().filter(status::equals).count();
  }

  /** How many documents were written (new or changed). */
  public int written() {
    return count(ArticleStatus.NEW) + count(ArticleStatus.CHANGED);
  }
}
