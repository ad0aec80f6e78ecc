package dev.dossier.server.jobs;

import dev.dossier.engine.IngestReport;
import java.time.Instant;
import java.util.List;

/**
 * A snapshot of one ingest job, for the API and the progress page.
 *
 * @param id the job's id, unique while the server runs
 * @param files the uploaded files' names, as sent
 * @param state where the job is
 * @param settled inputs settled so far (stored, unchanged or rejected)
 * @param bytesRead bytes of the uploads read so far
 * @param bytesTotal bytes of the uploads in all
 * @param rejections the first rejections' one-line messages
 * @param report what the ingest did, once it is {@link State#DONE}; otherwise {@code null}
 * @param error the code and message that stopped it, once {@link State#FAILED}; otherwise {@code null}
 * @param submitted when it was accepted
 * @param finished when it ended, or {@code null}
 */
public record JobStatus(
    String id,
    List<String> files,
    State state,
    long settled,
    long bytesRead,
    long bytesTotal,
    List<String> rejections,
    IngestReport report,
    Failure error,
    Instant submitted,
    Instant finished) {

  public JobStatus {
    files = List.copyOf(files);
    rejections = List.copyOf(rejections);
  }

  /** Where a job is. */
  public enum State {
    QUEUED,
    RUNNING,
    DONE,
    FAILED;

    public boolean finished() {
      return this == DONE || this == FAILED;
    }
  }

  /** Why a job failed. */
  public record Failure(String code, String message) {}

  /** The share of the input read, 0 to 1; 1 once finished. */
  public double fraction() {
    if (state.finished()) {
      return 1;
    }
    return bytesTotal <= 0 ? 0 : Math.min(1, (double) bytesRead / bytesTotal);
  }
}
