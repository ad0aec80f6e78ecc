package dev.dossier.nlp.quotes;

import dev.dossier.core.QuoteKind;
import dev.dossier.core.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Reported attributions whose cue is a noun: "Trump's claim that [the election was rigged]", "his
 * call [to ban Muslims]", "voiced support for [the bill]". {@link NominalCueFeatures} reads each
 * noun that governs a clause, an infinitive or a prepositional object; a logistic regression
 * learned from annotated news ({@code nominal-cue-model.tsv}, derived by {@code dossier eval
 * nominal-cues}) decides which of them are cues where they stand, for most such nouns ("the city
 * of", "a plan to") report nobody's words or stance.
 *
 * <p>An accepted noun becomes reported speech: its source is the possessor or the governing
 * verb's subject (none when neither is there), its cue the noun phrase after the possessor (with
 * the preposition of an object), its content what the noun governs, ended as every reported
 * content is. A noun whose tokens another cue holds, or whose content is mostly another found
 * quote's, adds nothing. Stateless apart from the token view; not thread-safe.
 */
final class NominalCues {

  /**
   * The probability from which a noun counts as a cue. Chosen for all-attributions F1 on the first
   * 200 training articles with weights fitted on the other 640: 0.7430, 0.7430 and 0.7428 at 0.3,
   * 0.35 and 0.4 (0.7386 without nominal cues); of the predictions 0.3 adds over 0.35, 12 of 32
   * match gold, no more than the F1/2 an addition needs to raise F1.
   */
  static final double THRESHOLD = 0.35;

  private static final String RESOURCE = "nominal-cue-model.tsv";

  private static final CueClassifier STANDARD = load();

  private final TokenView tv;
  private final ContentBounds bounds;
  private final FrontedClauses fronted;
  private final NominalCueFeatures reader;
  private final CueClassifier classifier;

  NominalCues(TokenView tv, AttributionFinder finder) {
    this(tv, finder, STANDARD);
  }

  NominalCues(TokenView tv, AttributionFinder finder, CueClassifier classifier) {
    this.tv = tv;
    this.bounds = new ContentBounds(tv, finder);
    this.fronted = new FrontedClauses(tv, finder, bounds);
    this.reader = new NominalCueFeatures(tv, finder, bounds);
    this.classifier = classifier;
  }

  /**
   * The nominal attributions of the document, sentence by sentence, leaving out nouns inside the
   * cues marked in {@code usedCues} (which it marks in turn) and contents mostly covered by one of
   * the quotes {@code found} already.
   */
  List<Candidate> find(boolean[] usedCues, List<Candidate> found) {
    List<Candidate> candidates = new ArrayList<>();
    for (int s = 0; s < tv.sentences.size(); s++) {
      int end = Math.min(tv.sentenceEnd(s), tv.size);
      for (int from = tv.sentenceStart(s), to; from < end; from = to) {
        to = from;
        while (to < end && tv.paragraph[to] == tv.paragraph[from]) {
          to++;
        }
        for (int i = from; i < to; i++) {
          Candidate candidate = usedCues[i] ? null : candidate(i, from, to, usedCues);
          if (candidate != null && !duplicates(candidate, found) && !duplicates(candidate, candidates)) {
            for (int k = candidate.attribution.cueFrom(); k < candidate.attribution.cueTo(); k++) {
              usedCues[k] = true;
            }
            candidates.add(candidate);
          }
        }
      }
    }
    return candidates;
  }

  private Candidate candidate(int noun, int from, int to, boolean[] usedCues) {
    NominalCue cue = reader.read(noun, from, to);
    if (cue == null || !classifier.accepts(cue.features())) {
      return null;
    }
    Attribution attribution = cue.attribution();
    for (int k = attribution.cueFrom(); k < attribution.cueTo(); k++) {
      if (usedCues[k]) {
        return null;
      }
    }
    int content = cue.content();
    int end = fronted.endOfFrontedClause(attribution.cueFrom(), content, bounds.contentEnd(content, to, cue.complement()));
    while (end > content && (tv.isComma(end - 1) || tv.word[end - 1].equals("--"))) {
      end--;
    }
    end = bounds.throughOpenQuote(end);
    int words = 0;
    for (int k = content; k < end; k++) {
      words += tv.isPunctuation(k) ? 0 : 1;
    }
    if (words < (cue.complement() == Complement.OBJECT ? 1 : 2)) {
      return null;
    }
    Candidate candidate = new Candidate(new Span(tv.start[content], tv.end[end - 1]), QuoteKind.REPORTED, attribution, content);
    // A stance or act named by a noun: no quoted paragraph after it continues it.
    candidate.stance = true;
    candidate.nominal = true;
    return candidate;
  }

  /** True if most of the candidate's content is another's, by the Dice overlap of their characters. */
  private static boolean duplicates(Candidate candidate, List<Candidate> others) {
    for (Candidate other : others) {
      int shared = 0;
      for (Span part : other.parts) {
        shared += candidate.overlap(part);
      }
      if (2.0 * shared >= 0.5 * (candidate.length() + other.length())) {
        return true;
      }
    }
    return false;
  }

  static CueClassifier standard() {
    return STANDARD;
  }

  private static CueClassifier load() {
    return new CueClassifier(WeightTables.resource(NominalCues.class, RESOURCE), THRESHOLD);
  }
}
