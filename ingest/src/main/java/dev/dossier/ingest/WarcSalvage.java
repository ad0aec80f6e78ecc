package dev.dossier.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.WarcCompression;

/**
 * Best-effort help with damaged WARC files: finding where the next record starts, and reading the
 * target URI out of a record whose header jwarc could not parse, so that a rejection can name the
 * page it lost.
 */
final class WarcSalvage {

  private static final int SCAN_BLOCK = 64 * 1024;

  /** Enough for any WARC header and the start of the HTTP header. */
  private static final int HEADER_PEEK = 16 * 1024;

  private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b, 0x08};
  private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
  private static final Pattern TARGET_URI = Pattern.compile("(?im)^WARC-Target-URI:\\s*<?([^\\s>]+)>?\\s*$");

  private WarcSalvage() {}

  /**
   * The offset of the next possible record start at or after {@code from}: a gzip member header
   * for compressed files, {@code WARC/1.} at the start of a line otherwise; -1 if there is none.
   */
  static long nextRecordStart(FileChannel channel, long from, boolean gzip) throws IOException {
    byte[] magic = gzip ? GZIP_MAGIC : WARC_MAGIC;
    long size = channel.size();
    ByteBuffer buffer = ByteBuffer.allocate(SCAN_BLOCK + magic.length);
    long blockStart = from;
    while (blockStart < size) {
      buffer.clear();
      int read = channel.read(buffer, blockStart);
      if (read <= 0) {
        return -1;
      }
      byte[] bytes = buffer.array();
      for (int i = 0; i + magic.length <= read; i++) {
        if (matches(bytes, i, magic) && (gzip || isLineStart(channel, blockStart + i, bytes, i))) {
          return blockStart + i;
        }
      }
      blockStart += Math.max(1, read - magic.length + 1);
    }
    return -1;
  }

  /** The WARC-Target-URI in the header of the record at {@code offset}, or null if it cannot be read. */
  static String targetUri(FileChannel channel, long offset, WarcCompression compression) {
    if (channel == null) {
      return null;
    }
    try {
      ByteBuffer buffer = ByteBuffer.allocate(HEADER_PEEK);
      int read = channel.read(buffer, offset);
      if (read <= 0) {
        return null;
      }
      byte[] header = compression == WarcCompression.GZIP ? inflatePrefix(buffer.array(), read) : java.util.Arrays.copyOf(buffer.array(), read);
      Matcher matcher = TARGET_URI.matcher(new String(header, StandardCharsets.ISO_8859_1));
      return matcher.find() ? matcher.group(1) : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** As much of a (possibly cut) gzip member as inflates. */
  private static byte[] inflatePrefix(byte[] compressed, int length) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed, 0, length))) {
      byte[] chunk = new byte[4096];
      for (int n = in.read(chunk); n > 0 && out.size() < HEADER_PEEK; n = in.read(chunk)) {
        out.write(chunk, 0, n);
      }
    } catch (IOException e) {
      // a cut member ends in an exception; what inflated before it is what we wanted
    }
    return out.toByteArray();
  }

  private static boolean matches(byte[] bytes, int at, byte[] magic) {
    for (int i = 0; i < magic.length; i++) {
      if (bytes[at + i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLineStart(FileChannel channel, long position, byte[] block, int index) throws IOException {
    if (position == 0) {
      return true;
    }
    if (index > 0) {
      return block[index - 1] == '\n';
    }
    ByteBuffer previous = ByteBuffer.allocate(1);
    return channel.read(previous, position - 1) == 1 && previous.get(0) == '\n';
  }
}
