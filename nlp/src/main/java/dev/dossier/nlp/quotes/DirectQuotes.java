package dev.dossier.nlp.quotes;

import dev.dossier.core.QuoteKind;
import dev.dossier.core.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns quoted regions into direct and partial quote candidates, each with the attribution next
 * to it. A quote the attribution splits ({@code "X," he said, "Y."} or {@code "X," he said. "Y."})
 * becomes one candidate of two parts. A quoted region is direct when it stands as a sentence of
 * its own or beside its attribution; otherwise it is a few quoted words inside the writer's
 * sentence: partial.
 */
final class DirectQuotes {

  /** A quote after a cue that the sentence goes on past is still direct if it is this long. */
  private static final int DIRECT_MIN_WORDS = 6;

  /** Punctuation before a quote that sets it off as a quote of its own, not words in the writer's sentence. */
  private static final java.util.Set<String> SET_OFF = java.util.Set.of(":", ",", ".", "?", "!", ";", "--", "\u2014", "\u2015");

  /** Conjunctions that may open a sentence before a quote that goes on from the one before it: "But “…”". */
  private static final java.util.Set<String> OPENING_CONJUNCTIONS = java.util.Set.of("but", "and", "yet", "still", "so");

  /**
   * Words before a quoted phrase that make it a noun phrase of the writer's: the phrase is named, as a term or
   * a title ("a “promoted trend”", "the “Gang of Eight”", "CBS's “This Morning”"), not quoted as what was said.
   */
  private static final java.util.Set<String> DETERMINERS = java.util.Set.of("a", "an", "the");

  private final TokenView tv;
  private final AttributionFinder finder;

  DirectQuotes(TokenView tv, AttributionFinder finder) {
    this.tv = tv;
    this.finder = finder;
  }

  /** The candidates in text order; marks the cue tokens it uses in {@code usedCues}. */
  List<Candidate> find(boolean[] usedCues) {
    int regionCount = tv.regions.size();
    int[] first = new int[regionCount];
    int[] last = new int[regionCount];
    java.util.Arrays.fill(first, -1);
    for (int i = 0; i < tv.size; i++) {
      int r = tv.region[i];
      if (r >= 0) {
        if (first[r] < 0) {
          first[r] = i;
        }
        last[r] = i;
      }
    }
    List<Candidate> candidates = new ArrayList<>();
    boolean[] consumed = new boolean[regionCount];
    for (int r = 0; r < regionCount; r++) {
      if (consumed[r] || first[r] < 0 || tv.sentence[first[r]] < 0) {
        continue;
      }
      Span part = content(tv.regions.get(r).inner());
      if (part.isEmpty()) {
        continue;
      }
      if (openingMarkEndsSentenceBefore(first[r], last[r])) {
        // ''X,'' he said. ''Y.'': the splitter reads the opening '' of Y as the closing mark of the sentence before;
        // the quote begins, and stands as a sentence of its own, at the word after it.
        first[r]++;
      }
      int sentenceOfFirst = tv.sentence[first[r]];
      int sentenceOfLast = tv.sentence[last[r]];
      int sentenceStart = tv.sentenceStart(sentenceOfFirst);
      int sentenceEnd = tv.sentenceEnd(sentenceOfLast);
      int nextFirst = r + 1 < regionCount && first[r + 1] >= 0 ? first[r + 1] : Integer.MAX_VALUE;
      // A line of its own sets a quote off even where the sentence splitter ran lines together.
      // "But “…”": a conjunction that opens the sentence joins the quote to what came before, not to the writer's words.
      boolean startsSentence = onlyPunctuation(sentenceStart, first[r]) || first[r] > 0 && tv.paragraph[first[r] - 1] != tv.paragraph[first[r]]
          || first[r] - sentenceStart == 1 && OPENING_CONJUNCTIONS.contains(tv.lower[sentenceStart]);
      boolean endsSentence = onlyPunctuation(last[r] + 1, sentenceEnd);
      boolean setOff = startsSentence || first[r] > 0 && SET_OFF.contains(tv.word[first[r] - 1]);

      int postLimit = Math.min(sentenceEnd, nextFirst);
      if (last[r] + 1 < tv.size && finder.isDash(last[r] + 1)) {
        // "…” ― Sonya Herridge": the splitter may start a sentence at the dash; the line holds the attribution.
        int lineEnd = last[r] + 1;
        while (lineEnd < tv.size && tv.paragraph[lineEnd] == tv.paragraph[last[r]]) {
          lineEnd++;
        }
        postLimit = Math.min(lineEnd, nextFirst);
      }
      Attribution post = last[r] + 1 < postLimit ? finder.after(last[r] + 1, postLimit) : null;
      Attribution pre = null;
      if (!startsSentence) {
        pre = finder.before(first[r], sentenceStart);
      } else if (sentenceStart > 0 && tv.word[sentenceStart - 1].equals(":") && tv.sentence[sentenceStart - 1] >= 0) {
        pre = finder.before(sentenceStart, tv.sentenceStart(tv.sentence[sentenceStart - 1]));
      }
      Candidate candidate;
      if (post != null && setOff) {
        candidate = new Candidate(part, QuoteKind.DIRECT, post, first[r]);
        mark(usedCues, post);
        // A quote split by its attribution: "X," he said, "Y." or "X," he said. "Y."
        int k = post.end();
        while (k < tv.size && k < nextFirst && tv.isPunctuation(k) && !tv.inQuote(k)) {
          k++;
        }
        if (k == nextFirst && r + 1 < regionCount && tv.paragraph[nextFirst] == tv.paragraph[last[r]]) {
          Span next = content(tv.regions.get(r + 1).inner());
          if (!next.isEmpty()) {
            candidate.parts.add(next);
            consumed[r + 1] = true;
          }
        }
      } else if (pre != null && (endsSentence || words(first[r], last[r] + 1) >= DIRECT_MIN_WORDS)) {
        candidate = new Candidate(part, QuoteKind.DIRECT, pre, first[r]);
        mark(usedCues, pre);
      } else if (startsSentence && endsSentence) {
        candidate = new Candidate(part, QuoteKind.DIRECT, null, first[r]);
        candidate.continues = true;
      } else {
        candidate = new Candidate(part, QuoteKind.PARTIAL, finder.clauseAround(first[r], sentenceStart), first[r]);
        candidate.term = first[r] > 0 && (DETERMINERS.contains(tv.lower[first[r] - 1]) || tv.pos[first[r] - 1].equals("POS"));
      }
      candidates.add(candidate);
    }
    return candidates;
  }

  /**
   * True if the opening mark at {@code open} was split off into the sentence before the quote's words, in the
   * same paragraph: a typewriter quotation mark ('' or ") reads the same for opening and closing.
   */
  private boolean openingMarkEndsSentenceBefore(int open, int last) {
    return tv.isQuoteMark(open) && open < last && tv.sentence[open + 1] >= 0 && tv.sentence[open + 1] != tv.sentence[open]
        && tv.paragraph[open + 1] == tv.paragraph[open];
  }

  /** The quoted words without the comma or colon a quote carries before its attribution. */
  private Span content(Span inner) {
    int end = inner.end();
    while (end > inner.start() && (",;:".indexOf(tv.text.charAt(end - 1)) >= 0 || Character.isWhitespace(tv.text.charAt(end - 1)))) {
      end--;
    }
    return new Span(inner.start(), end);
  }

  private boolean onlyPunctuation(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!tv.isPunctuation(i)) {
        return false;
      }
    }
    return true;
  }

  private int words(int from, int to) {
    int words = 0;
    for (int i = from; i < to; i++) {
      if (!tv.isPunctuation(i)) {
        words++;
      }
    }
    return words;
  }

  private static void mark(boolean[] usedCues, Attribution attribution) {
    for (int i = attribution.cueFrom(); i < attribution.cueTo(); i++) {
      usedCues[i] = true;
    }
  }
}
