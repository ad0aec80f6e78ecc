package dev.dossier.ingest.clean;

import java.util.regex.Pattern;

/**
 * Shapes of a normalised line that mark it as standing on its own in hard-wrapped text, so that
 * {@link HardWrap} never glues it to prose: list items and numbered headings, upper-case headings,
 * rows of figures, table-of-contents lines with dot leaders.
 */
final class LineShapes {

  /** A bullet, or an enumerator such as "1.", "(a)", "b)", "IV." followed by a space. */
  private static final Pattern LIST_ITEM =
      Pattern.compile("^(?:[\u2022\u25a0\u25aa\u25cf\u25cb\u25e6*\u2013\u2014-]|\\(?\\d{1,3} ?[.)]|\\(?[A-Za-z][.)]|[IVXL]+\\.)\\s");

  /** Dot leaders of a table of contents ("Introduction ........ 1"), also OCR's spaced ones. */
  private static final Pattern LEADER = Pattern.compile("(?:\\. ?){5,}|\u2026{2,}");

  /** Footnote or page numbers left after a sentence's end ("...negative. 59"). */
  private static final Pattern TRAILING_NOTES = Pattern.compile("(?: \\d{1,3})+$");

  /** A footnote's first line: its number, then a capitalised word. */
  private static final Pattern NOTE_START = Pattern.compile("^\\d{1,3} \\p{Lu}");

  private LineShapes() {}

  static boolean isListItem(String line) {
    return LIST_ITEM.matcher(line).find();
  }

  static boolean hasLeader(String line) {
    return LEADER.matcher(line).find();
  }

  static boolean isNoteStart(String line) {
    return NOTE_START.matcher(line).find();
  }

  /** True if the line has two letters or more and none in lower case: a heading or a label. */
  static boolean isUpperCase(String line) {
    int letters = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2;
  }

  /**
   * True if every word holds a digit or no letter and the line ends no sentence: a page or footnote
   * number, a row of figures.
   */
  static boolean isFigures(String line) {
    for (String word : line.split(" ")) {
      boolean digit = false;
      boolean letter = false;
      for (int i = 0; i < word.length(); i++) {
        digit |= Character.isDigit(word.charAt(i));
        letter |= Character.isLetter(word.charAt(i));
      }
      if (letter && !digit) {
        return false;
      }
    }
    return !endsSentence(line);
  }

  /** {@link Words#endsSentence}, also when footnote numbers follow the sentence's end. */
  static boolean endsSentence(String line) {
    return Words.endsSentence(TRAILING_NOTES.matcher(line).replaceFirst(""));
  }

  /**
   * True if the line ends in a number or a symbol rather than a word ("... P. 6(e)"), so a next line
   * opening in upper case starts something new rather than continuing it.
   */
  static boolean endsInFigureOrSymbol(String line) {
    int space = line.lastIndexOf(' ');
    String last = line.substring(space + 1);
    char first = last.charAt(0);
    char end = last.charAt(last.length() - 1);
    return !Character.isUpperCase(first) && !Character.isLowerCase(end) && end != ',' && end != ';';
  }

  static String firstWord(String line) {
    int space = line.indexOf(' ');
    return space < 0 ? line : line.substring(0, space);
  }
}
