package dev.dossier.nlp.quotes;

import dev.dossier.core.QuoteKind;
import dev.dossier.nlp.CoreNlp;
import dev.dossier.nlp.parse.DependencyArcs;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dependency parses of a document's sentences, made on demand and kept, so that the stage's
 * readers of the parse ({@link ContentTails}, {@link ContentJoins}) parse a sentence once between
 * them: the parse costs more than the rest of the stage. Not thread-safe.
 */
final class SentenceParses {

  /** One sentence's dependency parse: each word's head (an index into the sentence, -1 for the root) and relation to it. */
  record Parse(int[] head, String[] rel) {

    boolean dominates(int ancestor, int word) {
      for (int k = word, steps = 0; k >= 0 && steps < head.length; k = head[k], steps++) {
        if (k == ancestor) {
          return true;
        }
      }
      return false;
    }

    boolean hasSubject(int word) {
      for (int k = 0; k < head.length; k++) {
        if (head[k] == word && (rel[k].startsWith("nsubj") || rel[k].startsWith("csubj") || rel[k].equals("expl"))) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * A reported content that the parse's readers may change: one part, after its cue, in the cue's sentence.
   *
   * @param first the content's first token
   * @param last its last token
   * @param sentence the sentence of both
   * @param cueFrom the cue's first token
   * @param cueTo the token after the cue's last
   */
  record ContentAfterCue(int first, int last, int sentence, int cueFrom, int cueTo) {

    /** The candidate's content so, or null if it is not reported, not one part, not after its cue, or not in the cue's sentence. */
    static ContentAfterCue of(TokenView tv, Candidate candidate) {
      Attribution attribution = candidate.attribution;
      if (candidate.kind != QuoteKind.REPORTED || candidate.parts.size() != 1 || attribution == null || attribution.cueTo() <= attribution.cueFrom()) {
        return null;
      }
      int first = tv.tokenAt(candidate.start());
      int last = tv.tokenAt(candidate.end() - 1);
      int sentence = tv.sentence[first];
      if (first < attribution.cueTo() || last < first || sentence < 0 || tv.sentence[attribution.cueFrom()] != sentence || tv.sentence[last] != sentence) {
        return null;
      }
      return new ContentAfterCue(first, last, sentence, attribution.cueFrom(), attribution.cueTo());
    }
  }

  private final TokenView tv;
  private final Map<Integer, Parse> parses = new HashMap<>();

  SentenceParses(TokenView tv) {
    this.tv = tv;
  }

  /** The parse of sentence {@code sentence}, its indices relative to the sentence's first token. */
  Parse of(int sentence) {
    return parses.computeIfAbsent(sentence, this::parse);
  }

  /**
   * The token heading a content in sentence {@code sentence}, tokens {@code [first, last]}: its first word whose head
   * stands outside it, when that head is in the cue's tokens {@code [cueFrom, cueTo)}; -1 when the parse does not
   * make the content the cue's complement, for then the parse and the rules disagree on what was said.
   */
  int contentHead(int sentence, int first, int last, int cueFrom, int cueTo) {
    int offset = tv.sentenceStart(sentence);
    Parse parse = of(sentence);
    for (int k = first; k <= last; k++) {
      int h = parse.head()[k - offset] + offset;
      if (!tv.isPunctuation(k) && (h < first || h > last)) {
        return h >= cueFrom && h < cueTo ? k : -1;
      }
    }
    return -1;
  }

  private Parse parse(int sentence) {
    int from = tv.sentenceStart(sentence);
    int to = Math.min(tv.sentenceEnd(sentence), tv.size);
    List<String> words = Arrays.asList(tv.word).subList(from, to);
    List<String> tags = Arrays.asList(tv.pos).subList(from, to);
    DependencyArcs arcs = DependencyArcs.parse(CoreNlp.dependencyParser(), words, tags);
    return new Parse(arcs.head(), arcs.rel());
  }
}
