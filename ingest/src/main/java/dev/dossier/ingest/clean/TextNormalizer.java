package dev.dossier.ingest.clean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Unicode and whitespace normalisation, the first thing the {@link Cleaner} does and the basis of
 * content-hash article ids.
 *
 * <p>What it does, in order: maps quote marks (curly, low, prime, guillemets) to {@code "} and
 * {@code '} and every Unicode space to a plain space; drops zero-width characters, soft hyphens,
 * byte-order marks, bidi controls and control characters other than tab; applies NFKC; trims each
 * line and collapses runs of spaces. Line breaks ({@code CRLF}, {@code CR}, {@code LF}, {@code
 * NEL}, line and paragraph separators) all become {@code \n}; single line breaks are kept, so text
 * is never reflowed.
 *
 * <p>Quotes are mapped before NFKC as well as after it, because NFKC would turn a double prime
 * into two primes, and those into two apostrophes.
 *
 * <p>All methods are static, pure and thread-safe; none accepts {@code null}.
 */
public final class TextNormalizer {

  private TextNormalizer() {}

  /**
   * Normalises a whole text: every line as {@link #normalizeLine}, leading and trailing empty lines
   * dropped, and at most one empty line between paragraphs.
   */
  public static String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingBlank = false;
    for (String line : lines(text)) {
      String normalized = normalizeLine(line);
      if (normalized.isEmpty()) {
        pendingBlank = out.length() > 0;
        continue;
      }
      if (out.length() > 0) {
        out.append(pendingBlank ? "\n\n" : "\n");
      }
      out.append(normalized);
      pendingBlank = false;
    }
    return out.toString();
  }

  /** Normalises a title: like a line, with any line breaks inside it turned into spaces. */
  public static String normalizeTitle(String title) {
    return normalizeLine(String.join(" ", lines(title)));
  }

  /** Normalises one line (which should hold no line break): characters, NFKC, spaces, trimming. */
  public static String normalizeLine(String line) {
    String mapped = mapCharacters(line);
    if (!Normalizer.isNormalized(mapped, Normalizer.Form.NFKC)) {
      mapped = mapCharacters(Normalizer.normalize(mapped, Normalizer.Form.NFKC));
    }
    return collapseSpaces(mapped);
  }

  /** Guillemets and angle quotes, which sites use as separators ("Home » World"). */
  private static final String ANGLE_QUOTES = "\u00ab\u00bb\u2039\u203a";

  /** Private-use stand-ins that normalisation leaves alone. */
  private static final String STAND_INS = "\ue000\ue001\ue002\ue003";

  /**
   * A line as rules see it: normalised like {@link #normalizeLine}, but with guillemets and angle
   * quotes kept. In "Home » World » Europe" or "Recommended » Why the Fed…" they are separators,
   * and turned into quote marks they would read as a quotation.
   */
  static String normalizeLineForRules(String line) {
    boolean any = false;
    for (int i = 0; i < ANGLE_QUOTES.length() && !any; i++) {
      any = line.indexOf(ANGLE_QUOTES.charAt(i)) >= 0;
    }
    if (!any) {
      return normalizeLine(line);
    }
    String protectedLine = line;
    for (int i = 0; i < ANGLE_QUOTES.length(); i++) {
      protectedLine = protectedLine.replace(ANGLE_QUOTES.charAt(i), STAND_INS.charAt(i));
    }
    String normalized = normalizeLine(protectedLine);
    for (int i = 0; i < ANGLE_QUOTES.length(); i++) {
      normalized = normalized.replace(STAND_INS.charAt(i), ANGLE_QUOTES.charAt(i));
    }
    return normalized;
  }

  /**
   * Splits text into lines at any line break. A paragraph separator (U+2029) ends the line and
   * adds an empty one, so it reads as a paragraph break.
   */
  public static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    for (int[] range : lineRanges(text)) {
      lines.add(text.substring(range[0], range[1]));
    }
    return lines;
  }

  /** The {@code [start, end)} ranges of {@link #lines}, for callers that need source offsets. */
  static List<int[]> lineRanges(String text) {
    List<int[]> ranges = new ArrayList<>();
    int start = 0;
    int i = 0;
    int length = text.length();
    while (i < length) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u000B' || c == '\f') {
        ranges.add(new int[] {start, i});
        i += c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n' ? 2 : 1;
        start = i;
      } else if (c == '\u2029') {
        ranges.add(new int[] {start, i});
        ranges.add(new int[] {i, i});
        i++;
        start = i;
      } else {
        i++;
      }
    }
    ranges.add(new int[] {start, length});
    return ranges;
  }

  private static String mapCharacters(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int replacement = replacement(c);
      if (replacement == c) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
        out.append(text, 0, i);
      }
      if (replacement >= 0) {
        out.append((char) replacement);
      }
    }
    return out == null ? text : out.toString();
  }

  /** The replacement for one character: itself, another character, or -1 to drop it. */
  private static int replacement(char c) {
    if (c < 0x80) {
      return c == '\t' || c >= 0x20 && c != 0x7F ? c : -1;
    }
    switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u2035', '\u2039', '\u203A', '\u02BC', '\u00B4', '\uFF07' -> {
        return '\'';
      }
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u2036', '\u00AB', '\u00BB', '\u301D', '\u301E', '\u301F', '\uFF02' -> {
        return '"';
      }
      case '\u00AD', '\u180E', '\u061C', '\uFEFF', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F' -> {
        return -1;
      }
      default -> {
        // fall through to the range checks below
      }
    }
    if (c >= '\u202A' && c <= '\u202E' || c >= '\u2060' && c <= '\u206F' || c >= '\u0080' && c <= '\u009F') {
      return -1;
    }
    if (Character.getType(c) == Character.SPACE_SEPARATOR) {
      return ' ';
    }
    return c;
  }

  private static String collapseSpaces(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isBlank(text.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(text.charAt(end - 1))) {
      end--;
    }
    if (text.indexOf("  ", start) < 0 && start == 0 && end == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == ' ' && out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}
