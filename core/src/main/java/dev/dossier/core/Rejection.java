package dev.dossier.core;

import java.util.Objects;

/**
 * One input that could not become an article, with the reason. Rejections are reported, counted
 * and logged; the batch they belong to goes on.
 *
 * @param input what was rejected, precisely enough to find it: a file, {@code file:line}, or a
 *     WARC record ({@code file#offset <uri>})
 * @param code the error
 * @param detail what exactly was wrong, on one line; may be empty
 */
public record Rejection(String input, ErrorCode code, String detail) {

  public Rejection {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(code, "code");
    detail = detail == null ? "" : oneLine(detail);
  }

  /** The one-line message: {@code input: reason: detail [code]}. */
  public String message() {
    return input + ": " + code.summary() + (detail.isEmpty() ? "" : ": " + detail) + " [" + code.code() + "]";
  }

  @Override
  public String toString() {
    return message();
  }

  static String oneLine(String text) {
    String flat = text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    return flat.length() > 300 ? flat.substring(0, 297) + "..." : flat;
  }
}
