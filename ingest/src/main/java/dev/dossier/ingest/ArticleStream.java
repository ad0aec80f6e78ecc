package dev.dossier.ingest;

import java.util.Iterator;

/**
 * The articles and rejections read from a list of inputs, in input order, read lazily: one file is
 * open at a time, and JSONL and WARC files are read record by record, so memory does not grow with
 * input size.
 *
 * <p>{@link #hasNext()} and {@link #next()} never throw for a bad input: whatever cannot be read
 * comes out as a {@link ReadResult.Rejected} naming it, and reading goes on with the next input.
 * {@link #next()} throws {@link java.util.NoSuchElementException} only when called past the end.
 *
 * <p>Not thread-safe: one consumer reads a stream. {@link #bytesRead()} may be called from another
 * thread (a progress bar) and then sees a recent, not necessarily the latest, value.
 */
public interface ArticleStream extends Iterator<ReadResult>, AutoCloseable {

  /** Bytes consumed so far, counted on the files as stored (compressed bytes for .gz). */
  long bytesRead();

  /** The sum of the input files' sizes, known when the stream is opened; -1 if unknown (stdin). */
  long bytesTotal();

  /** Closes the file being read, if any. Further calls to {@link #hasNext()} return false. */
  @Override
  void close();
}
