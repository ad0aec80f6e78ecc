package dev.dossier.ingest.clean;

import java.util.Arrays;
import java.util.List;

/**
 * Whether a text is hard-wrapped at a fixed width, and which of its line breaks are wraps inside a
 * paragraph rather than breaks between paragraphs, headings, table rows or notes.
 *
 * <h2>Detection</h2>
 *
 * <p>From the text's own line lengths only, never from its source: the width is the length 90% of
 * its non-empty lines do not exceed. The text is hard-wrapped if it has at least {@value
 * #MIN_LINES} lines, the width is between {@value #MIN_WIDTH} and {@value #MAX_WIDTH} characters,
 * hardly any line (at most one in fifty) is more than a fifth longer than it, at least {@value
 * #MIN_FULL_LINES} lines other than the last fill it (come within a fifth of it), and most of those
 * full lines end inside a sentence (footnote numbers after a sentence's end do not hide it, as in
 * the joins below). Text written one paragraph a line fails the last two tests: its lines vary in
 * length and end their sentences.
 *
 * <h2>Joining</h2>
 *
 * <p>In a hard-wrapped text a line continues the one before it when the line before was broken
 * because this line's first word did not fit (its length, a space and that word come within 15% of
 * the width: a short last line of a paragraph is followed by a new one; a paragraph's first line
 * may be short if it is a fragment of prose and this line opens in lower case, since a source may
 * have dropped a dateline from it), the line does not open a
 * paragraph (an indent, an escape residue or a blank line before it, decided by the caller), and
 * neither line stands on its own: a list item or numbered heading, an upper-case heading, a line
 * of figures (page and footnote numbers), a table-of-contents line, a line with columns (a tab, or
 * two gaps of three spaces or more), a
 * line opening in upper case after a list item (the prose under a heading), a
 * short line that ends no sentence (running headers, redaction labels), a footnote's first line
 * after a sentence's end, or a line opening in upper case after one that ends in a figure or symbol
 * (a page header's "... P. 6(e)" before the page's first sentence). Hyphens at a wrap are left as
 * they are: "pro-" and "Trump" become "pro- Trump", since a dropped hyphen cannot be told from a
 * kept one.
 *
 * <p>Instances are immutable and thread-safe.
 */
final class HardWrap {

  static final int MIN_LINES = 4;
  static final int MIN_FULL_LINES = 3;
  static final int MIN_WIDTH = 30;
  static final int MAX_WIDTH = 200;

  /** Not hard-wrapped: no line break is a wrap. */
  static final HardWrap NONE = new HardWrap(0);

  private final int width;

  private HardWrap(int width) {
    this.width = width;
  }

  /** One line as {@link #joins} sees it: its normalised text and what the caller knows of its start. */
  record Line(String text, boolean opensParagraph, boolean hasColumns) {}

  /**
   * The wrap of a text given its non-empty normalised lines, in order; {@link #NONE} if the text is
   * not hard-wrapped.
   */
  static HardWrap detect(List<String> lines) {
    int n = lines.size();
    if (n < MIN_LINES) {
      return NONE;
    }
    int[] lengths = new int[n];
    for (int i = 0; i < n; i++) {
      lengths[i] = lines.get(i).length();
    }
    int[] sorted = lengths.clone();
    Arrays.sort(sorted);
    int width = sorted[Math.min(n - 1, n * 9 / 10)];
    if (width < MIN_WIDTH || width > MAX_WIDTH) {
      return NONE;
    }
    int tooLong = 0;
    for (int length : lengths) {
      tooLong += length * 5 > width * 6 ? 1 : 0;
    }
    if (tooLong > n / 50) {
      return NONE;
    }
    int full = 0;
    int fullInsideSentence = 0;
    int fullFrom = width - Math.max(8, width / 5);
    for (int i = 0; i + 1 < n; i++) {
      if (lengths[i] >= fullFrom) {
        full++;
        fullInsideSentence += LineShapes.endsSentence(lines.get(i)) ? 0 : 1;
      }
    }
    return full >= MIN_FULL_LINES && fullInsideSentence * 2 >= full ? new HardWrap(width) : NONE;
  }

  boolean isWrapped() {
    return width > 0;
  }

  /** True if {@code line} continues {@code previous}, the line right before it, as a wrap. */
  boolean joins(Line previous, Line line) {
    if (width == 0 || line.opensParagraph() || previous.hasColumns() || line.hasColumns()) {
      return false;
    }
    String before = previous.text();
    String text = line.text();
    boolean filled = (before.length() + 1 + LineShapes.firstWord(text).length()) * 100 > width * 85;
    if (!filled && !isShortenedOpening(previous, text)) {
      return false;
    }
    if (standsAlone(before) || standsAlone(text) || LineShapes.isListItem(text)) {
      return false;
    }
    // An item or numbered heading runs on only into words in lower case: a capital opens the prose under it.
    if (LineShapes.isListItem(before) && !Character.isLowerCase(text.charAt(0))) {
      return false;
    }
    if (text.length() * 2 < width && !LineShapes.endsSentence(text)) {
      return false;
    }
    boolean beforeEnds = LineShapes.endsSentence(before);
    if (beforeEnds && LineShapes.isNoteStart(text)) {
      return false;
    }
    return beforeEnds || !Character.isUpperCase(text.charAt(0)) || !LineShapes.endsInFigureOrSymbol(before);
  }

  /**
   * A paragraph's first line may be short because its source dropped what opened it (a newswire
   * dateline, "SALVADOR, Feb 26 - ", taken off a line wrapped with it). It still continues into
   * the next line when it is a fragment of prose (three words or more, no sentence end) and the
   * next line opens in lower case.
   */
  private static boolean isShortenedOpening(Line previous, String text) {
    return previous.opensParagraph()
        && Character.isLowerCase(text.charAt(0))
        && Words.count(previous.text()) >= 3
        && !LineShapes.endsSentence(previous.text());
  }

  private static boolean standsAlone(String line) {
    return LineShapes.isUpperCase(line) || LineShapes.isFigures(line) || LineShapes.hasLeader(line);
  }
}
