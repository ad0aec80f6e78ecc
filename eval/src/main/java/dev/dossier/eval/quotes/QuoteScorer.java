package dev.dossier.eval.quotes;

import dev.dossier.core.Span;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores predicted quotes against gold attributions, article by article.
 *
 * <p><b>Matching rule.</b> A content is compared by the set of its letters and digits, so quotation
 * marks, punctuation, spacing and how a discontinuous content is cut into pieces do not matter. A
 * prediction and a gold attribution match when the Dice overlap of those sets, {@code 2|A∩B| /
 * (|A| + |B|)}, is at least {@value #MATCH_DICE}; each gold attribution and each prediction matches
 * at most once, best overlaps first. A match is exact when the sets are equal. Each side is
 * classed quoted or unquoted by its own content ({@link QuotedText}); precision of a class counts
 * its predictions, recall its gold attributions. The speaker of a match is correct when the
 * prediction's speaker span overlaps the gold source span (the phrase at the attribution, so "he"
 * is right for "he"); gold attributions without a source are left out of speaker accuracy.
 *
 * <p>Not thread-safe; one scorer per system.
 */
final class QuoteScorer {

  static final double MATCH_DICE = 0.5;

  /** Examples kept per kind of error; {@code -Ddossier.eval.examples=N} keeps more, for error analysis. */
  static final int EXAMPLES = Integer.getInteger("dossier.eval.examples", 12);

  private final int[][] counts = new int[3][7];
  private final Map<String, Integer> missedByCue = new LinkedHashMap<>();
  private final List<String> missed = new ArrayList<>();
  private final List<String> spurious = new ArrayList<>();
  private final List<String> wrongSpeakers = new ArrayList<>();
  private int missedSeen;
  private int spuriousSeen;
  /** Per class, missed gold attributions that a prediction overlaps, though too little to match: wrong boundaries. */
  private final int[] boundaryErrors = new int[2];
  private int wrongSeen;

  /** Class indexes into {@link #counts}. */
  static final int QUOTED = 0;
  static final int UNQUOTED = 1;
  static final int ALL = 2;

  private record Pair(int gold, int predicted, double dice) {}

  void add(PolnearArticle article, List<PredictedQuote> predictions) {
    String text = article.text();
    QuotedText quoted = new QuotedText(text);
    List<GoldAttribution> gold = article.attributions();
    List<BitSet> goldLetters = gold.stream().map(g -> letters(text, g.content())).toList();
    List<BitSet> predictedLetters = predictions.stream().map(p -> letters(text, p.content())).toList();
    int[] goldMatch = new int[gold.size()];
    int[] predictedMatch = match(goldLetters, predictedLetters, goldMatch);
    for (int g = 0; g < gold.size(); g++) {
      GoldAttribution attribution = gold.get(g);
      int cls = quoted.isQuoted(attribution.content()) ? QUOTED : UNQUOTED;
      count(cls, 0);
      int p = goldMatch[g];
      if (p < 0) {
        String cue = attribution.cue().isEmpty() ? "(none)" : attribution.cue().getFirst().of(text).toLowerCase(Locale.ROOT);
        missedByCue.merge(cue, 1, Integer::sum);
        missedSeen++;
        int nearest = -1;
        double nearestDice = 0;
        for (int q = 0; q < predictions.size(); q++) {
          double dice = dice(goldLetters.get(g), predictedLetters.get(q));
          if (dice > nearestDice) {
            nearest = q;
            nearestDice = dice;
          }
        }
        if (nearest >= 0) {
          boundaryErrors[cls]++;
        }
        keep(missed, missedSeen, (cls == QUOTED ? "quoted" : "unquoted") + " | " + show(text, attribution.source()) + " | " + cue + " | "
            + show(text, attribution.content())
            + (nearest < 0 ? "" : String.format(Locale.ROOT, " | overlaps (Dice %.2f): %s", nearestDice, show(text, predictions.get(nearest).content()))));
        continue;
      }
      count(cls, 2);
      if (goldLetters.get(g).equals(predictedLetters.get(p))) {
        count(cls, 4);
      }
      if (!attribution.source().isEmpty()) {
        count(cls, 5);
        Span speaker = predictions.get(p).speaker();
        boolean correct = speaker != null && attribution.source().stream().anyMatch(speaker::overlaps);
        if (correct) {
          count(cls, 6);
        } else {
          wrongSeen++;
          keep(wrongSpeakers, wrongSeen, "gold " + show(text, attribution.source()) + " | predicted " + (speaker == null ? "none" : speaker.of(text))
              + " | " + show(text, attribution.content()));
        }
      }
    }
    for (int p = 0; p < predictions.size(); p++) {
      int cls = quoted.isQuoted(predictions.get(p).content()) ? QUOTED : UNQUOTED;
      count(cls, 1);
      if (predictedMatch[p] >= 0) {
        count(cls, 3);
      } else {
        spuriousSeen++;
        PredictedQuote prediction = predictions.get(p);
        keep(spurious, spuriousSeen, (cls == QUOTED ? "quoted " : "unquoted ") + prediction.kind() + " | "
            + (prediction.speaker() == null ? "none" : prediction.speaker().of(text)) + " | " + (prediction.cue() == null ? "(none)" : prediction.cue()) + " | "
            + show(text, prediction.content()));
      }
    }
  }

  /**
   * The one-to-one matching of the rule above: for each prediction, the index of the gold
   * attribution it matches, or -1.
   */
  static int[] match(PolnearArticle article, List<PredictedQuote> predictions) {
    String text = article.text();
    List<BitSet> goldLetters = article.attributions().stream().map(g -> letters(text, g.content())).toList();
    List<BitSet> predictedLetters = predictions.stream().map(p -> letters(text, p.content())).toList();
    return match(goldLetters, predictedLetters, new int[goldLetters.size()]);
  }

  /** Matches best overlaps first; fills {@code goldMatch} with each gold attribution's prediction (or -1) and returns each prediction's gold attribution. */
  private static int[] match(List<BitSet> goldLetters, List<BitSet> predictedLetters, int[] goldMatch) {
    List<Pair> pairs = new ArrayList<>();
    for (int g = 0; g < goldLetters.size(); g++) {
      for (int p = 0; p < predictedLetters.size(); p++) {
        double dice = dice(goldLetters.get(g), predictedLetters.get(p));
        if (dice >= MATCH_DICE) {
          pairs.add(new Pair(g, p, dice));
        }
      }
    }
    pairs.sort(Comparator.comparingDouble(Pair::dice).reversed());
    int[] predictedMatch = new int[predictedLetters.size()];
    java.util.Arrays.fill(goldMatch, -1);
    java.util.Arrays.fill(predictedMatch, -1);
    for (Pair pair : pairs) {
      if (goldMatch[pair.gold] < 0 && predictedMatch[pair.predicted] < 0) {
        goldMatch[pair.gold] = pair.predicted;
        predictedMatch[pair.predicted] = pair.gold;
      }
    }
    return predictedMatch;
  }

  private void count(int cls, int field) {
    counts[cls][field]++;
    counts[ALL][field]++;
  }

  ClassScore score(int cls) {
    int[] c = counts[cls];
    return new ClassScore(c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
  }

  /** Missed gold attributions of a class that some prediction overlaps too little to match. */
  int boundaryErrors(int cls) {
    return boundaryErrors[cls];
  }

  /** The cues of missed gold attributions, most frequent first. */
  Map<String, Integer> missedCues(int top) {
    Map<String, Integer> sorted = new LinkedHashMap<>();
    missedByCue.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(top)
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  List<String> missed() {
    return List.copyOf(missed);
  }

  List<String> spurious() {
    return List.copyOf(spurious);
  }

  List<String> wrongSpeakers() {
    return List.copyOf(wrongSpeakers);
  }

  /** Keeps an evenly spread sample: every example until the list is full, then every n-th. */
  private static void keep(List<String> examples, int seen, String example) {
    if (examples.size() < EXAMPLES) {
      examples.add(example);
    } else if (seen % 37 == 0) {
      examples.set((seen / 37) % EXAMPLES, example);
    }
  }

  static BitSet letters(String text, List<Span> spans) {
    BitSet set = new BitSet();
    for (Span span : spans) {
      for (int i = span.start(); i < span.end() && i < text.length(); i++) {
        if (Character.isLetterOrDigit(text.charAt(i))) {
          set.set(i);
        }
      }
    }
    return set;
  }

  static double dice(BitSet a, BitSet b) {
    int total = a.cardinality() + b.cardinality();
    if (total == 0) {
      return 0;
    }
    BitSet shared = (BitSet) a.clone();
    shared.and(b);
    return 2.0 * shared.cardinality() / total;
  }

  private static String show(String text, List<Span> spans) {
    if (spans.isEmpty()) {
      return "(none)";
    }
    StringBuilder shown = new StringBuilder();
    for (Span span : spans) {
      if (!shown.isEmpty()) {
        shown.append(" … ");
      }
      shown.append(span.of(text).replace('\n', ' '));
    }
    return shown.length() > 160 ? shown.substring(0, 157) + "..." : shown.toString();
  }
}
