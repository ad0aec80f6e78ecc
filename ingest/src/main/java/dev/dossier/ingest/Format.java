package dev.dossier.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The input formats, recognised by file name or, for stdin, by the first bytes. */
enum Format {
  TEXT,
  JSONL,
  HTML,
  WARC;

  static final String KNOWN_EXTENSIONS = ".txt, .text, .jsonl, .ndjson (also gzipped), .html, .htm, .xhtml, .warc, .warc.gz";

  /** The format a file name announces, or null if it announces none we read. */
  static Format ofFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      return WARC;
    }
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
      return name.endsWith(".jsonl") || name.endsWith(".ndjson") ? JSONL : null;
    }
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return TEXT;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return JSONL;
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return HTML;
    }
    return null;
  }

  static boolean isGzipped(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  /**
   * The format of a stream from its first bytes (already decompressed): {@code WARC/} is WARC, a
   * first non-space {@code &#123;} is JSONL, {@code <} is HTML, anything else is text.
   */
  static Format sniff(byte[] head, int length) {
    int i = 0;
    if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
      i++;
    }
    if (i == length) {
      return TEXT;
    }
    if (new String(head, i, Math.min(5, length - i), StandardCharsets.US_ASCII).equals("WARC/")) {
      return WARC;
    }
    return switch (head[i]) {
      case '{' -> JSONL;
      case '<' -> HTML;
      default -> TEXT;
    };
  }

  static boolean isGzip(byte[] head, int length) {
    return length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
  }
}
