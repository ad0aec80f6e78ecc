package dev.dossier.engine.reuse;

import dev.dossier.core.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts a cleaned text into the {@link Unit}s text reuse compares: the prose of each sentence and
 * each quotation, each with at least {@link #MIN_TERMS} content words (shorter ones say too little
 * to tell a copy from a coincidence).
 *
 * <p>Sentences end at the end of a paragraph, or at {@code .}, {@code !} or {@code ?} (with any
 * closing quote or bracket) followed by a space and a capital, a digit or an opening quote, except
 * after an initial, a dotted abbreviation ({@code U.S.}) or a common abbreviation ({@code Mr.},
 * {@code Jan.}). A line break inside hard-wrapped prose (newswire, OCR) is a space, not the end of
 * a paragraph ({@link #endsParagraph}). This splitter is Dossier's own rather than CoreNLP's so that an article read back from
 * the store, which keeps no tokens, is cut exactly as it was when it arrived.
 *
 * <p>A quotation is the text between two double quote marks in one paragraph (cleaning maps every
 * quote mark to {@code "}); an opening mark with no closing one in its paragraph runs to the
 * paragraph's end, as a quotation continued in the next paragraph does. A sentence's prose is its words
 * outside quotations.
 *
 * <p>This is the small, general quotation finder the issue allows until the quotes layer lands;
 * {@link #quotations} is the one method to switch to it. Immutable and thread-safe.
 */
public final class UnitSplitter {

  /** The fewest content words a unit may have. */
  public static final int MIN_TERMS = 4;

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "st", "jr", "sr", "inc", "corp", "co", "ltd",
          "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "fig", "approx", "est",
          "dept", "univ", "assn", "bros", "rev", "hon", "pres", "supt", "messrs");

  private final TermReader reader;

  public UnitSplitter(TermReader reader) {
    this.reader = reader;
  }

  public TermReader reader() {
    return reader;
  }

  /** The units of a text in text order (by start, a sentence before a quotation inside it). */
  public List<Unit> units(String text) {
    List<Span> quotes = quotations(text);
    List<Unit> units = new ArrayList<>();
    for (Span sentence : sentences(text)) {
      List<Term> prose = new ArrayList<>();
      for (Term term : reader.terms(text, sentence)) {
        if (quotes.stream().noneMatch(q -> q.contains(term.span()))) {
          prose.add(term);
        }
      }
      if (prose.size() >= MIN_TERMS) {
        units.add(new Unit(false, sentence, prose));
      }
    }
    for (Span quote : quotes) {
      List<Term> terms = reader.terms(text, quote);
      if (terms.size() >= MIN_TERMS) {
        units.add(new Unit(true, quote, terms));
      }
    }
    units.sort(Comparator.comparing(Unit::span, Comparator.comparingInt(Span::start)).thenComparing(Unit::quote));
    return units;
  }

  /** Lines shorter than this that end without punctuation are headlines or list items, not wrapped prose. */
  static final int WRAPPED_LINE = 50;

  /**
   * True if the line break at {@code newline} ends a paragraph: a blank line follows or precedes
   * it, or the line before ends in closing punctuation. Otherwise it is a hard wrap inside a
   * paragraph (newswire, OCR), which counts as a space, if the next line goes on in lower case or
   * the line before is as long as wrapped prose ({@link #WRAPPED_LINE}); a short line followed by
   * a capital is a headline or a list item, and ends its paragraph.
   */
  static boolean endsParagraph(String text, int newline) {
    if (newline + 1 >= text.length() || text.charAt(newline + 1) == '\n' || newline == 0 || text.charAt(newline - 1) == '\n') {
      return true;
    }
    char last = text.charAt(newline - 1);
    if (".!?:;\"')]".indexOf(last) >= 0) {
      return true;
    }
    int lineStart = text.lastIndexOf('\n', newline - 1) + 1;
    return !Character.isLowerCase(text.charAt(newline + 1)) && newline - lineStart < WRAPPED_LINE;
  }

  /** The end of the paragraph starting at {@code from}: the next line break that ends one, or the text's end. */
  private static int paragraphEnd(String text, int from) {
    int newline = text.indexOf('\n', from);
    while (newline >= 0 && !endsParagraph(text, newline)) {
      newline = text.indexOf('\n', newline + 1);
    }
    return newline < 0 ? text.length() : newline;
  }

  /** The sentences of a text, trimmed, in text order. */
  public static List<Span> sentences(String text) {
    List<Span> sentences = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = paragraphEnd(text, lineStart);
      int start = lineStart;
      for (int i = lineStart; i < lineEnd; i++) {
        char c = text.charAt(i);
        if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i, lineEnd, start)) {
          int end = i + 1;
          while (end < lineEnd && "\"')]".indexOf(text.charAt(end)) >= 0) {
            end++;
          }
          add(text, start, end, sentences);
          start = end;
          i = end - 1;
        }
      }
      add(text, start, lineEnd, sentences);
      lineStart = lineEnd + 1;
    }
    return sentences;
  }

  private static boolean endsSentence(String text, int i, int lineEnd, int sentenceStart) {
    int next = i + 1;
    while (next < lineEnd && "\"')]".indexOf(text.charAt(next)) >= 0) {
      next++;
    }
    if (next >= lineEnd || !Character.isWhitespace(text.charAt(next))) {
      return false;
    }
    while (next < lineEnd && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    if (next >= lineEnd) {
      return false;
    }
    char following = text.charAt(next);
    if (!(Character.isUpperCase(following) || Character.isDigit(following) || following == '"')) {
      return false;
    }
    if (text.charAt(i) != '.') {
      return true;
    }
    int wordStart = i;
    while (wordStart > sentenceStart && !Character.isWhitespace(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    String word = text.substring(wordStart, i);
    if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
      return false;
    }
    if (word.indexOf('.') >= 0 && word.chars().filter(Character::isLetter).count() <= 4) {
      return false;
    }
    return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static void add(String text, int start, int end, List<Span> sentences) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      sentences.add(new Span(start, end));
    }
  }

  /** The quotations of a text, without their quote marks, in text order. */
  public static List<Span> quotations(String text) {
    List<Span> quotes = new ArrayList<>();
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = paragraphEnd(text, lineStart);
      int open = -1;
      for (int i = lineStart; i < lineEnd; i++) {
        if (text.charAt(i) == '"') {
          if (open < 0) {
            open = i;
          } else {
            if (i > open + 1) {
              quotes.add(new Span(open + 1, i));
            }
            open = -1;
          }
        }
      }
      if (open >= 0 && lineEnd > open + 1) {
        quotes.add(new Span(open + 1, lineEnd));
      }
      lineStart = lineEnd + 1;
    }
    return quotes;
  }
}
