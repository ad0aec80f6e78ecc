package dev.dossier.engine;

import dev.dossier.core.ErrorCode;
import dev.dossier.core.Rejection;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What an ingest did.
 *
 * @param ingested new articles stored
 * @param updated stored articles replaced because their content changed
 * @param unchanged articles already stored exactly as read, or read twice in this run
 * @param rejected inputs that did not become articles
 * @param rejectedByCode rejections per error code
 * @param rejections the first rejections, in input order (at most {@link #KEPT_REJECTIONS})
 * @param tokens tokens analysed
 * @param elapsed wall-clock time
 */
public record IngestReport(
    long ingested,
    long updated,
    long unchanged,
    long rejected,
    Map<ErrorCode, Long> rejectedByCode,
    List<Rejection> rejections,
    long tokens,
    Duration elapsed) {

  /** How many rejections a report lists one by one; all are counted and logged in the store. */
  public static final int KEPT_REJECTIONS = 1000;

  public IngestReport {
    rejectedByCode = Map.copyOf(rejectedByCode);
    rejections = List.copyOf(rejections);
  }

  /** Inputs read in all. */
  public long total() {
    return ingested + updated + unchanged + rejected;
  }

  /** Articles analysed per second of wall-clock time. */
  public double articlesPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : (ingested + updated) / seconds;
  }
}
