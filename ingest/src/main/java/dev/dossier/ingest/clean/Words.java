package dev.dossier.ingest.clean;

import java.util.Locale;

/** Word counting and the comparison key for repeated paragraphs. */
final class Words {

  private Words() {}

  /** Whitespace-separated tokens. */
  static int count(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }

  /**
   * Lower-case letters and digits separated by single spaces, so that two paragraphs differing
   * only in case, punctuation or spacing compare equal.
   */
  static String key(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        out.append(c);
        space = false;
      } else {
        space = true;
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** True if the line ends a sentence, so a next line starting in lower case is not its continuation. */
  static boolean endsSentence(String line) {
    for (int i = line.length() - 1; i >= 0; i--) {
      char c = line.charAt(i);
      if (c == '"' || c == '\'' || c == ')' || c == ']') {
        continue;
      }
      return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
    }
    return false;
  }
}
