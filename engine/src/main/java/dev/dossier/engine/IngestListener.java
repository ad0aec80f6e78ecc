package dev.dossier.engine;

import dev.dossier.core.Rejection;

/**
 * Follows an ingest as it runs, for progress bars and logs. Called on the ingesting thread; every
 * method has an empty default.
 */
public interface IngestListener {

  IngestListener NONE = new IngestListener() {};

  /**
   * After each input is settled (stored, found unchanged, or rejected).
   *
   * @param articles inputs settled so far
   * @param bytesRead bytes of input read so far
   * @param bytesTotal total bytes of input, or -1 if unknown
   */
  default void progress(long articles, long bytesRead, long bytesTotal) {}

  /** An input was rejected; the ingest goes on. */
  default void rejected(Rejection rejection) {}

  /** A batch was committed to the store and is now safe. */
  default void committed(long batch, int articles) {}

  /**
   * The cross-document step (text reuse, stories, quality) ran on a committed batch.
   *
   * @param articles documents in the batch
   * @param elapsed how long the step took
   */
  default void recycled(long batch, int articles, java.time.Duration elapsed) {}
}
