package dev.dossier.nlp.quotes;

import dev.dossier.core.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted stretches of text by pairing quotation marks, one paragraph (line) at a time.
 *
 * <p>It reads the marks news text uses: straight double quotes, curly double quotes, low-9 opening
 * quotes, and the doubled apostrophes ({@code ''}) and backticks of newspaper archives; single
 * quotes ({@code 'bigger problem'}, curly or straight) only where an apostrophe cannot be meant.
 * A straight mark is ambiguous, so whether it opens or closes follows from the state: outside a
 * quote it opens, inside it closes. A paragraph that leaves a quote open closes it at its end: news
 * style leaves the closing mark off a quoted paragraph that the next one continues. Quotes inside
 * a quote are part of it. Stateless and thread-safe.
 */
final class QuoteMarks {

  /** A quote in single marks longer than this is more likely two apostrophes than a quote. */
  private static final int MAX_SINGLE_QUOTE = 160;

  private QuoteMarks() {}

  static List<QuotedRegion> find(String text) {
    List<QuotedRegion> regions = new ArrayList<>();
    int paragraph = 0;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      findInLine(text, lineStart, lineEnd, paragraph, regions);
      if (lineEnd >= text.length()) {
        break;
      }
      // Consecutive newlines are one paragraph break.
      if (lineEnd > lineStart) {
        paragraph++;
      }
      lineStart = lineEnd + 1;
    }
    return regions;
  }

  private static void findInLine(String text, int from, int to, int paragraph, List<QuotedRegion> regions) {
    int i = from;
    while (i < to) {
      int open = openingLength(text, i, from, to);
      if (open == 0) {
        i++;
        continue;
      }
      int close = findDoubleClose(text, i + open, to);
      boolean single = open == 1 && isSingleMark(text.charAt(i));
      if (single) {
        close = findSingleClose(text, i + 1, to);
        if (close < 0) {
          i++;
          continue;
        }
      }
      int closeEnd = close < 0 ? trimEnd(text, i + open, to) : close + closingLength(text, close);
      int innerEnd = close < 0 ? closeEnd : close;
      Span inner = trim(text, i + open, innerEnd);
      if (!inner.isEmpty() && hasLetter(text, inner)) {
        regions.add(new QuotedRegion(new Span(i, closeEnd), inner, paragraph));
      }
      i = Math.max(closeEnd, i + open);
    }
  }

  /** The length of the opening mark at {@code i}, or 0 if none opens there. */
  private static int openingLength(String text, int i, int lineStart, int lineEnd) {
    char c = text.charAt(i);
    switch (c) {
      case '\u201c', '\u201e', '\u00ab' -> {
        return 1;
      }
      case '"' -> {
        return 1;
      }
      case '\u201d' -> {
        // A closing mark typed for an opening one: ”Fear. I am truly afraid …” at a line's start.
        boolean before = i == lineStart || Character.isWhitespace(text.charAt(i - 1));
        return before && i + 1 < lineEnd && Character.isLetter(text.charAt(i + 1)) ? 1 : 0;
      }
      case '`' -> {
        return i + 1 < lineEnd && text.charAt(i + 1) == '`' ? 2 : 0;
      }
      case '\'' -> {
        if (i + 1 < lineEnd && text.charAt(i + 1) == '\'') {
          return 2;
        }
        return opensSingle(text, i, lineStart, lineEnd) ? 1 : 0;
      }
      case '\u2018' -> {
        return opensSingle(text, i, lineStart, lineEnd) ? 1 : 0;
      }
      default -> {
        return 0;
      }
    }
  }

  private static boolean isSingleMark(char c) {
    return c == '\'' || c == '\u2018';
  }

  /** A single mark opens a quote only after a space or bracket and before a letter or digit: not "Coats' office", not "'90s". */
  private static boolean opensSingle(String text, int i, int lineStart, int lineEnd) {
    boolean before = i == lineStart || Character.isWhitespace(text.charAt(i - 1)) || "([:—–-".indexOf(text.charAt(i - 1)) >= 0;
    boolean after = i + 1 < lineEnd && Character.isLetter(text.charAt(i + 1));
    return before && after;
  }

  /** The index of the mark that closes a double quote opened before {@code from}, or -1. */
  private static int findDoubleClose(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\u201d' || c == '"' || c == '\u00bb') {
        return i;
      }
      if (c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'') {
        return i;
      }
    }
    return -1;
  }

  /** A closing single mark follows a letter or punctuation and precedes no letter (so not "don't"). */
  private static int findSingleClose(String text, int from, int to) {
    int limit = Math.min(to, from + MAX_SINGLE_QUOTE);
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\u201c' || c == '\u201d') {
        return -1;
      }
      if ((c == '\'' || c == '\u2019') && i > from && !Character.isWhitespace(text.charAt(i - 1))) {
        boolean letterAfter = i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1));
        if (!letterAfter) {
          return i;
        }
      }
    }
    return -1;
  }

  private static int closingLength(String text, int close) {
    return text.charAt(close) == '\'' && close + 1 < text.length() && text.charAt(close + 1) == '\'' ? 2 : 1;
  }

  private static int trimEnd(String text, int from, int to) {
    int end = to;
    while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private static Span trim(String text, int from, int to) {
    int start = from;
    int end = to;
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }

  private static boolean hasLetter(String text, Span span) {
    for (int i = span.start(); i < span.end(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
