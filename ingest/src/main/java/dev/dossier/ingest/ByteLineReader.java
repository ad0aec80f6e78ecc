package dev.dossier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads lines as bytes, so that each line can be decoded on its own and a bad byte be blamed on
 * its line. A line ends at {@code \n}; a {@code \r} before it is dropped.
 */
final class ByteLineReader {

  /** A line longer than this is not a JSONL record anyone meant; its bytes are skipped, not held. */
  static final int MAX_LINE_BYTES = 64 * 1024 * 1024;

  private final InputStream in;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private byte[] line = new byte[8 * 1024];
  private int length;
  private boolean tooLong;

  ByteLineReader(InputStream in) {
    this.in = in;
  }

  /** Reads the next line; false at the end of input. */
  boolean next() throws IOException {
    length = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return any;
        }
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      append(start, position - start);
      if (position < limit) {
        position++;
        if (!tooLong && length > 0 && line[length - 1] == '\r') {
          length--;
        }
        return true;
      }
    }
  }

  private void append(int start, int count) {
    if (tooLong || count == 0) {
      return;
    }
    if ((long) length + count > MAX_LINE_BYTES) {
      tooLong = true;
      length = 0;
      return;
    }
    if (length + count > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
    }
    System.arraycopy(buffer, start, line, length, count);
    length += count;
  }

  /** The current line's bytes; valid up to {@link #length()} until the next call to {@link #next()}. */
  byte[] bytes() {
    return line;
  }

  int length() {
    return length;
  }

  /** True if the current line was longer than {@link #MAX_LINE_BYTES} and was skipped. */
  boolean tooLong() {
    return tooLong;
  }
}
