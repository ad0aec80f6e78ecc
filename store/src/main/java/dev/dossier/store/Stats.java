package dev.dossier.store;

import dev.dossier.core.EntityType;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts over the whole store, for {@code dossier stats} and health checks. Maps are ordered by
 * count, largest first.
 *
 * @param articles stored articles
 * @param indexedArticles articles in the search index; equal to {@code articles} in a healthy store
 * @param entitiesByType distinct entities of each type
 * @param mentions entity mentions in all articles
 * @param dates date expressions in all articles
 * @param removalsByReason pieces of text cleaning removed, per reason
 * @param logByStatus ingest log entries per status
 * @param rejectionsByCode rejected inputs per error code ({@code E104})
 * @param sources articles per source; articles without a source are not counted
 * @param firstPublished earliest publication date, or {@code null} if no article is dated
 * @param lastPublished latest publication date, or {@code null}
 * @param lastBatch the sequence number of the last committed batch, 0 if none
 * @param indexBytes size on disk of the search index
 * @param databaseBytes size on disk of the database, with its write-ahead log
 */
public record Stats(
    long articles,
    long indexedArticles,
    Map<EntityType, Long> entitiesByType,
    long mentions,
    long dates,
    Map<String, Long> removalsByReason,
    Map<IngestLogEntry.Status, Long> logByStatus,
    Map<String, Long> rejectionsByCode,
    Map<String, Long> sources,
    LocalDate firstPublished,
    LocalDate lastPublished,
    long lastBatch,
    long indexBytes,
    long databaseBytes) {

  public Stats {
    entitiesByType = ordered(entitiesByType);
    removalsByReason = ordered(removalsByReason);
    logByStatus = ordered(logByStatus);
    rejectionsByCode = ordered(rejectionsByCode);
    sources = ordered(sources);
  }

  /** Distinct entities of all types. */
  public long entities() {
    return entitiesByType.values().stream().mapToLong(Long::longValue).sum();
  }

  private static <K> Map<K, Long> ordered(Map<K, Long> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
