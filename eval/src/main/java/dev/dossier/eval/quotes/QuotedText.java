package dev.dossier.eval.quotes;

import dev.dossier.core.Span;
import java.util.BitSet;
import java.util.List;

/**
 * Which characters of an article stand inside quotation marks, by a plain reading of the marks
 * line by line (straight, curly, doubled apostrophes and backticks), independent of Dossier's own
 * quote finder. It decides whether an attribution is <em>quoted</em>: at least {@value
 * #QUOTED_SHARE} of its content's letters and digits stand inside marks.
 */
final class QuotedText {

  static final double QUOTED_SHARE = 0.9;

  private final BitSet inside = new BitSet();
  private final String text;

  QuotedText(String text) {
    this.text = text;
    boolean open = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        open = false;
        continue;
      }
      boolean doubled = i + 1 < text.length() && (c == '\'' && text.charAt(i + 1) == '\'' || c == '`' && text.charAt(i + 1) == '`');
      if (c == '\u201c' || c == '`' && doubled) {
        open = true;
      } else if (c == '\u201d') {
        open = false;
      } else if (c == '"' || c == '\'' && doubled) {
        open = !open;
      } else if (open) {
        inside.set(i);
      }
      if (doubled) {
        i++;
      }
    }
  }

  /** True if at least {@value #QUOTED_SHARE} of the letters and digits of the spans are inside quotation marks. */
  boolean isQuoted(List<Span> spans) {
    int letters = 0;
    int quoted = 0;
    for (Span span : spans) {
      for (int i = span.start(); i < span.end(); i++) {
        if (Character.isLetterOrDigit(text.charAt(i))) {
          letters++;
          if (inside.get(i)) {
            quoted++;
          }
        }
      }
    }
    return letters > 0 && quoted >= QUOTED_SHARE * letters;
  }
}
