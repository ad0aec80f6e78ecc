package dev.dossier.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text. UTF-8 is decoded strictly: a malformed sequence is an error naming its byte
 * offset, never a silent U+FFFD. A page that declares a legacy charset (windows-1252, ISO-8859-1)
 * is decoded in it, with unmappable bytes replaced, since those charsets have no invalid sequences
 * worth rejecting a page for.
 */
final class Decoding {

  /** How far into a page a {@code <meta charset>} is looked for, as browsers do (HTML spec: 1024). */
  private static final int META_SNIFF_BYTES = 4096;

  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");

  /** Malformed UTF-8, with the byte offset of the first bad sequence. */
  static final class InvalidUtf8Exception extends Exception {
    private static final long serialVersionUID = 1L;
    private final long offset;

    InvalidUtf8Exception(long offset) {
      super("malformed UTF-8 byte sequence at byte offset " + offset);
      this.offset = offset;
    }

    long offset() {
      return offset;
    }
  }

  private Decoding() {}

  /** Decodes UTF-8 strictly, skipping a leading byte-order mark. */
  static String utf8(byte[] bytes) throws InvalidUtf8Exception {
    return utf8(bytes, 0, bytes.length);
  }

  /** Decodes {@code length} bytes from {@code offset} strictly as UTF-8, skipping a leading BOM. */
  static String utf8(byte[] bytes, int offset, int length) throws InvalidUtf8Exception {
    int start = offset;
    if (length >= 3 && (bytes[offset] & 0xFF) == 0xEF && (bytes[offset + 1] & 0xFF) == 0xBB && (bytes[offset + 2] & 0xFF) == 0xBF) {
      start += 3;
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, offset + length - start);
    CharBuffer out = CharBuffer.allocate(offset + length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new InvalidUtf8Exception(in.position() - offset);
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw new InvalidUtf8Exception(in.position() - offset);
    }
    out.flip();
    return out.toString();
  }

  /**
   * Decodes a page: in the charset its HTTP header declares, else the one its {@code <meta>}
   * declares, else UTF-8. A byte-order mark overrides both.
   *
   * @param declared the charset from a Content-Type header, or {@code null}
   */
  static String html(byte[] bytes, String declared) throws InvalidUtf8Exception {
    boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    Charset charset = bom ? StandardCharsets.UTF_8 : charset(declared);
    if (charset == null) {
      charset = metaCharset(bytes);
    }
    if (charset == null || charset.equals(StandardCharsets.UTF_8) || charset.name().equalsIgnoreCase("US-ASCII")) {
      return utf8(bytes);
    }
    return new String(bytes, charset);
  }

  private static Charset metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, META_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Matcher matcher = META_CHARSET.matcher(head);
    return matcher.find() ? charset(matcher.group(1)) : null;
  }

  /** The named charset, or null if the name is missing or unknown to the JVM. */
  private static Charset charset(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(name.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}
