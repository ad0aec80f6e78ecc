package dev.dossier.ingest.clean;

/**
 * Literal backslash escapes left at the start of a line by a broken conversion: the two characters
 * {@code \t} (or {@code \n}, {@code \r}, {@code \f}) where a tab or line break once stood, alone or
 * after the {@code &} of a half-converted character reference ({@code &\t}). Such a prefix is the
 * residue of the line's indentation, so the {@link Cleaner} removes it, records it as an {@link
 * Reasons#ESCAPE_RESIDUE} removal and reads the line as indented: a paragraph start.
 *
 * <p>Only a prefix is taken: inside a line {@code \t} may be meant ("C:\temp", a regular
 * expression), while at a line's start, before its first word, it is never prose.
 */
final class EscapeResidue {

  private EscapeResidue() {}

  /**
   * The length of the residue that opens {@code raw}, counting the whitespace before and after it;
   * 0 if the line opens with none.
   */
  static int prefixLength(String raw) {
    int i = skipBlanks(raw, 0);
    if (i < raw.length() && raw.charAt(i) == '&') {
      i++;
    }
    int escapes = 0;
    while (i + 1 < raw.length() && raw.charAt(i) == '\\' && isEscapeLetter(raw.charAt(i + 1))) {
      i += 2;
      escapes++;
    }
    return escapes == 0 ? 0 : skipBlanks(raw, i);
  }

  private static boolean isEscapeLetter(char c) {
    return c == 't' || c == 'n' || c == 'r' || c == 'f';
  }

  private static int skipBlanks(String raw, int from) {
    int i = from;
    while (i < raw.length() && (raw.charAt(i) == ' ' || raw.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}
