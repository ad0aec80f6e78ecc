package dev.dossier.ingest.clean;

import dev.dossier.core.Removal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a title and a raw body into the cleaned text every annotation points into, and records
 * everything it removed.
 *
 * <h2>Design</h2>
 *
 * <p>Cleaning works on whole lines and never edits inside one. The body is split into lines, each
 * line is normalised ({@link TextNormalizer}), and each non-empty line is either kept or removed
 * with a reason:
 *
 * <ol>
 *   <li>the body's first line, if it repeats the title, is a {@code repeated-paragraph};
 *   <li>otherwise the first matching {@link Rule} (by default {@link StandardRules}) decides;
 *   <li>then a paragraph of six or more words equal, after normalisation, to an earlier one is a
 *       {@code repeated-paragraph}: later copies go, the first stays. A paragraph of one-line
 *       sentences is compared line by line, a hard-wrapped one as a whole.
 * </ol>
 *
 * <p>Rules see one line at a time, and only lines that could stand alone: a line right after a
 * kept line of the same paragraph that did not end its sentence is the rest of a hard-wrapped
 * sentence, so no rule may remove it ("...compared with" / "February 1986."). Line-level
 * decisions are what keep removals explainable: every removed line is a {@link Removal} with its
 * reason and position, so nothing disappears silently, and improving a rule changes only the lines
 * that rule touches.
 *
 * <p>The cleaned text is the normalised title, an empty line, and the kept lines, with the body's
 * paragraph breaks (runs of empty lines) kept as one empty line and single line breaks kept as
 * they were, except in hard-wrapped text. {@link Removal#at()} is the offset in the cleaned text of
 * whatever followed the removed line (the end of the text if nothing did). A removal's text is the
 * source line with surrounding whitespace trimmed, as it stood before normalisation.
 *
 * <h2>Hard-wrapped text and escape residues</h2>
 *
 * <p>A body whose lines are wrapped at a fixed width (newswire archives, OCR of printed pages) has
 * its paragraphs joined into one line each, so that sentence splitting and quote reading, which go
 * a line at a time, see whole paragraphs. Whether a body is wrapped, and which breaks are wraps,
 * is decided from the body's own line lengths and line shapes by {@code HardWrap}; blank lines,
 * indented lines, short last lines, headings, list items, rows of figures and table-of-contents
 * lines keep their breaks. Two kept lines are joined only if they are next to each other in the
 * source. A wrap's line break becomes a single space: one character for one, so it is not
 * recorded as a removal ({@link Cleaned#joinedLines()} counts them) and every offset into the rest
 * of the text is the same as if the break had been kept. A body that is not wrapped is cleaned
 * exactly as before, break for break.
 *
 * <p>A literal escape at a line's start ({@code \t} or {@code &\t}, left by a broken conversion
 * where an indent stood) is removed and recorded as an {@link Reasons#ESCAPE_RESIDUE} removal at
 * the line's cleaned offset; the line then counts as indented, a paragraph start. A line of nothing
 * but residue reads as a blank line. Content-hash ids ({@link Cleaned#normalizedInput()}) are
 * computed from the lines as they were, residues and breaks included, so they do not change.
 *
 * <p>Removals found earlier (the HTML extractor's removed blocks) can be passed in with offsets
 * into the raw body; they are placed at the cleaned offset of the first kept line at or after
 * their raw offset, so the result lists every removal in text order.
 *
 * <p>A {@code Cleaner} is immutable and thread-safe.
 */
public final class Cleaner {

  /** Shorter lines repeat legitimately ("He said no.", table rows), so they never count as copies. */
  static final int MIN_REPEATED_WORDS = 6;

  private static final Cleaner STANDARD = new Cleaner(StandardRules.all());

  private final List<Rule> rules;

  /**
   * A cleaner with the given rules, tried in order.
   *
   * @throws NullPointerException if {@code rules} or one of them is null
   */
  public Cleaner(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The cleaner with {@link StandardRules}. */
  public static Cleaner standard() {
    return STANDARD;
  }

  public List<Rule> rules() {
    return rules;
  }

  /**
   * Cleans one article.
   *
   * @param title the headline; {@code null} is read as empty
   * @param body the raw body; {@code null} is read as empty
   */
  public Cleaned clean(String title, String body) {
    return clean(title, body, List.of());
  }

  /**
   * Cleans one article whose body already had blocks removed.
   *
   * @param removedBefore removals whose {@link Removal#at()} is an offset into {@code body}; they
   *     are returned with offsets into the cleaned text
   * @throws NullPointerException if {@code removedBefore} is null
   */
  public Cleaned clean(String title, String body, List<Removal> removedBefore) {
    Objects.requireNonNull(removedBefore, "removedBefore");
    List<Removal> titleResidues = new ArrayList<>();
    String cleanTitle = cleanTitle(title == null ? "" : title, titleResidues);
    Split split = split(body == null ? "" : body);
    List<Line> lines = split.lines();
    String[] reasons = decide(cleanTitle, lines);
    boolean[] wraps = wraps(lines);
    List<Removal> prior = new ArrayList<>(removedBefore);
    prior.addAll(split.residues());
    prior.sort(Comparator.comparingInt(Removal::at));
    String normalizedBody = split.normalizedBody();
    String idTitle = titleResidues.isEmpty() ? cleanTitle : TextNormalizer.normalizeTitle(title);
    String normalized = idTitle.isEmpty() || normalizedBody.isEmpty() ? idTitle + normalizedBody : idTitle + "\n\n" + normalizedBody;
    return assemble(cleanTitle, titleResidues, lines, reasons, wraps, prior, normalized);
  }

  /**
   * The normalised title, without the escape residues at the starts of its lines, which are added
   * to {@code residues} at the offsets where they stood.
   */
  private static String cleanTitle(String title, List<Removal> residues) {
    if (title.indexOf('\\') < 0) {
      return TextNormalizer.normalizeTitle(title);
    }
    StringBuilder kept = new StringBuilder();
    for (String line : TextNormalizer.lines(title)) {
      int residue = EscapeResidue.prefixLength(line);
      if (residue > 0) {
        residues.add(new Removal(line.substring(0, residue).strip(), Reasons.ESCAPE_RESIDUE, TextNormalizer.normalizeTitle(kept.toString()).length()));
      }
      kept.append(kept.isEmpty() ? "" : "\n").append(line, residue, line.length());
    }
    return TextNormalizer.normalizeTitle(kept.toString());
  }

  /**
   * One non-empty source line: where it starts, its raw text (after any {@link EscapeResidue},
   * which is recorded apart), its normalised text, the form rules see (guillemets kept), its
   * paragraph (lines between blank lines), and how it opens: its indentation and whether a residue
   * stood before it.
   */
  private record Line(int start, String raw, String text, String ruleText, int paragraph, int indent, boolean afterResidue) {

    /**
     * A tab, or two runs of three spaces or more, inside the line: columns of a table. One run is
     * not enough, since OCR leaves one in prose where a word was spaced out.
     */
    boolean hasColumns() {
      String inner = raw.strip();
      if (inner.indexOf('\t') >= 0) {
        return true;
      }
      int gap = inner.indexOf("   ");
      return gap >= 0 && inner.indexOf("   ", skipSpaces(inner, gap)) >= 0;
    }

    private static int skipSpaces(String text, int from) {
      int i = from;
      while (i < text.length() && text.charAt(i) == ' ') {
        i++;
      }
      return i;
    }
  }

  /**
   * The body cut into lines, the escape residues found at line starts (as removals whose offsets
   * are into the body), and the normalised body that content-hash ids are computed from: every
   * line as normalised before anything, residues included, was removed.
   */
  private record Split(List<Line> lines, List<Removal> residues, String normalizedBody) {}

  private static Split split(String body) {
    List<Line> lines = new ArrayList<>();
    List<Removal> residues = new ArrayList<>();
    StringBuilder normalized = new StringBuilder();
    int paragraph = 0;
    boolean blankSinceLast = false;
    boolean normalizedBlank = false;
    for (int[] range : TextNormalizer.lineRanges(body)) {
      String whole = body.substring(range[0], range[1]);
      int residue = EscapeResidue.prefixLength(whole);
      String raw = whole.substring(residue);
      String text = TextNormalizer.normalizeLine(raw);
      String idText = residue == 0 ? text : TextNormalizer.normalizeLine(whole);
      if (idText.isEmpty()) {
        normalizedBlank = normalized.length() > 0;
      } else {
        if (normalized.length() > 0) {
          normalized.append(normalizedBlank ? "\n\n" : "\n");
        }
        normalized.append(idText);
        normalizedBlank = false;
      }
      if (residue > 0) {
        residues.add(new Removal(whole.substring(0, residue).strip(), Reasons.ESCAPE_RESIDUE, range[0]));
      }
      if (text.isEmpty()) {
        blankSinceLast = !lines.isEmpty();
        continue;
      }
      if (blankSinceLast) {
        paragraph++;
        blankSinceLast = false;
      }
      String ruleText = text.indexOf('"') >= 0 || text.indexOf('\'') >= 0 ? TextNormalizer.normalizeLineForRules(raw) : text;
      int indent = raw.length() - raw.stripLeading().length();
      lines.add(new Line(range[0] + residue, raw, text, ruleText, paragraph, indent, residue > 0));
    }
    return new Split(lines, residues, normalized.toString());
  }

  /**
   * Which line breaks are wraps of a hard-wrapped text ({@link HardWrap}): {@code wraps[i]} is true
   * if line {@code i} continues line {@code i - 1}. A line opens a paragraph after a blank line or
   * an escape residue, or when it is indented more than the text's least indented line.
   */
  private static boolean[] wraps(List<Line> lines) {
    boolean[] wraps = new boolean[lines.size()];
    List<String> texts = new ArrayList<>(lines.size());
    int baseIndent = Integer.MAX_VALUE;
    for (Line line : lines) {
      texts.add(line.text());
      baseIndent = Math.min(baseIndent, line.indent());
    }
    HardWrap wrap = HardWrap.detect(texts);
    if (!wrap.isWrapped()) {
      return wraps;
    }
    HardWrap.Line previous = null;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      boolean opens = i == 0 || line.afterResidue() || line.indent() > baseIndent || line.paragraph() != lines.get(i - 1).paragraph();
      HardWrap.Line current = new HardWrap.Line(line.text(), opens, line.hasColumns());
      wraps[i] = previous != null && wrap.joins(previous, current);
      previous = current;
    }
    return wraps;
  }

  private String[] decide(String title, List<Line> lines) {
    String[] reasons = new String[lines.size()];
    String titleKey = Words.key(title);
    Line previous = null;
    boolean previousKept = false;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      String reason = null;
      if (i == 0 && !titleKey.isEmpty() && Words.key(line.text()).equals(titleKey)) {
        reason = Reasons.REPEATED_PARAGRAPH;
      } else if (!isContinuation(previous, previousKept, line)) {
        reason = firstRuleReason(line.ruleText());
      }
      reasons[i] = reason;
      previous = line;
      previousKept = reason == null;
    }
    markRepeats(lines, reasons);
    return reasons;
  }

  /**
   * A line right after a kept line of the same paragraph that did not end its sentence is the rest
   * of that sentence, hard-wrapped ("...the second quarter of" / "February 1986."), not a line of
   * its own.
   */
  private static boolean isContinuation(Line previous, boolean previousKept, Line line) {
    return previous != null
        && previousKept
        && previous.paragraph() == line.paragraph()
        && !Words.endsSentence(previous.text());
  }

  /**
   * Marks later copies of paragraphs. A paragraph whose lines each end a sentence is a run of
   * one-line paragraphs and is compared line by line; a hard-wrapped one is compared whole, since
   * its lines are fragments that repeat by chance (table headers, a note printed under two tables).
   */
  private static void markRepeats(List<Line> lines, String[] reasons) {
    Set<String> seen = new HashSet<>();
    int start = 0;
    while (start < lines.size()) {
      int end = start;
      while (end < lines.size() && lines.get(end).paragraph() == lines.get(start).paragraph()) {
        end++;
      }
      List<Integer> kept = new ArrayList<>();
      boolean wrapped = false;
      for (int i = start; i < end; i++) {
        if (reasons[i] == null) {
          kept.add(i);
        }
      }
      for (int k = 0; k + 1 < kept.size(); k++) {
        wrapped |= !Words.endsSentence(lines.get(kept.get(k)).text());
      }
      if (wrapped) {
        StringBuilder whole = new StringBuilder();
        for (int i : kept) {
          whole.append(lines.get(i).text()).append(' ');
        }
        String text = whole.toString();
        if (Words.count(text) >= MIN_REPEATED_WORDS && !seen.add(Words.key(text))) {
          for (int i : kept) {
            reasons[i] = Reasons.REPEATED_PARAGRAPH;
          }
        }
      } else {
        for (int i : kept) {
          String text = lines.get(i).text();
          if (Words.count(text) >= MIN_REPEATED_WORDS && !seen.add(Words.key(text))) {
            reasons[i] = Reasons.REPEATED_PARAGRAPH;
          }
        }
      }
      start = end;
    }
  }

  private String firstRuleReason(String text) {
    String searchForm = Rule.searchForm(text);
    int words = Words.count(text);
    for (Rule rule : rules) {
      if (rule.matches(text, searchForm, words)) {
        return rule.reason();
      }
    }
    return null;
  }

  private static Cleaned assemble(
      String title, List<Removal> titleResidues, List<Line> lines, String[] reasons, boolean[] wraps, List<Removal> prior, String normalized) {
    StringBuilder text = new StringBuilder(title);
    List<Removal> removals = new ArrayList<>(titleResidues);
    List<Removal> waiting = new ArrayList<>();
    int priorIndex = 0;
    int lastKeptParagraph = -1;
    int joined = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      while (priorIndex < prior.size() && prior.get(priorIndex).at() <= line.start()) {
        waiting.add(prior.get(priorIndex++));
      }
      if (reasons[i] != null) {
        waiting.add(new Removal(line.raw().strip(), reasons[i], 0));
        continue;
      }
      if (wraps[i] && reasons[i - 1] == null) {
        // A wrap becomes one space, one character for one, so no offset moves and nothing is lost.
        text.append(' ');
        joined++;
      } else {
        appendLine(text, "", line.paragraph() == lastKeptParagraph);
      }
      place(waiting, text.length(), removals);
      text.append(line.text());
      lastKeptParagraph = line.paragraph();
    }
    waiting.addAll(prior.subList(priorIndex, prior.size()));
    place(waiting, text.length(), removals);
    return new Cleaned(title, text.toString(), removals, normalized, joined);
  }

  /** Appends the separator a line needs (none at the start) and then the line. */
  private static void appendLine(StringBuilder out, String line, boolean sameParagraph) {
    if (out.length() > 0) {
      out.append(sameParagraph ? "\n" : "\n\n");
    }
    out.append(line);
  }

  private static void place(List<Removal> waiting, int at, List<Removal> removals) {
    for (Removal removal : waiting) {
      removals.add(new Removal(removal.text(), removal.reason(), at));
    }
    waiting.clear();
  }
}
