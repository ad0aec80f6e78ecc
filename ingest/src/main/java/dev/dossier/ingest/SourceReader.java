package dev.dossier.ingest;

import java.io.Closeable;
import java.util.Iterator;

/**
 * Reads one input (a file or stdin) of one format into results. Implementations turn every problem
 * with the input into a {@link ReadResult.Rejected} rather than throwing; an exception that
 * escapes anyway is caught by the stream and ends this input with a rejection.
 */
interface SourceReader extends Iterator<ReadResult>, Closeable {

  /** Bytes of the input consumed so far. */
  long bytesRead();

  @Override
  void close();
}
