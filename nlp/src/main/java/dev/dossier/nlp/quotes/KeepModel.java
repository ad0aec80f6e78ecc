package dev.dossier.nlp.quotes;

import dev.dossier.core.Quote;
import dev.dossier.core.QuoteKind;
import dev.dossier.core.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Decides which of the attributions the quote stage found it emits: a logistic regression over the
 * features {@link KeepFeatures} names, giving the probability that an annotator of political news
 * marked the same content as an attribution. The stage's readings differ in how often they are
 * right (a verb of saying with a named speaker almost always, a learned cue with a long content
 * or a headline label much less), and emitting one whose chance is below half the F1 the stage
 * reaches costs more precision than it brings recall, so those are left out.
 *
 * <p>The bundled weights, {@code attribution-keep-model.tsv}, are derived from the training split
 * of PolNeAR (Newell, Margolin and Ruths 2018) by {@code dossier eval keep}; they are weights of
 * named features only, no text of the corpus. Immutable and thread-safe.
 */
final class KeepModel {

  /**
   * The probability below which an attribution is left out. The F1 arithmetic (leaving out k
   * predictions of which m match raises F1 = 2M/(G+P) exactly when m/k is below F1/2) puts it near
   * half the stage's F1, 0.37, if the model were calibrated; on held-out training articles the
   * least likely attributions match somewhat more often than the model says, and 0.3 was best of
   * 0.15–0.5 on both the first 200 (weights fitted on the other 640) and the first 400 (fitted on
   * the other 440).
   */
  static final double THRESHOLD = 0.3;

  /**
   * How much two contents must overlap to be rivals, two readings of mostly the same words. The
   * gain is flat around it (on the first 200 training articles and on articles 201–400, 0.3 and 0.7
   * gave nearly as much) and 0.5 was best on both.
   */
  static final double RIVAL_DICE = 0.5;

  private static final String RESOURCE = "attribution-keep-model.tsv";

  private static final KeepModel STANDARD = load();

  private final Map<String, Double> weights;
  private final double threshold;

  KeepModel(Map<String, Double> weights, double threshold) {
    this.weights = Map.copyOf(weights);
    this.threshold = threshold;
  }

  static KeepModel standard() {
    return STANDARD;
  }

  /** The model's probability that an attribution with these features matches one an annotator marked. */
  double probability(List<String> features) {
    return WeightTables.probability(weights, features);
  }

  /** True if an attribution with these features is emitted. */
  boolean keeps(List<String> features) {
    return probability(features) >= threshold;
  }

  /**
   * The quotes kept, in their order. Direct quotes are always kept: the model leaves out as many
   * right ones as wrong among them, and the speaker's own words in quotation marks are what a
   * reader looks for. A partial quote inside another quote is part of that attribution's content,
   * so it goes with it: kept if a kept quote holds it, decided on its own only where none holds it.
   * Of two that claim the same words only the likelier is kept ({@link #leaveOutRivals}).
   */
  List<Quote> kept(List<ReviewedQuote> reviewed) {
    int n = reviewed.size();
    boolean[] nested = new boolean[n];
    boolean[] decided = new boolean[n];
    for (int r = 0; r < n; r++) {
      nested[r] = reviewed.get(r).nestedIn(reviewed);
      decided[r] = !nested[r] && (reviewed.get(r).quote().kind() == QuoteKind.DIRECT || keeps(reviewed.get(r).features()));
    }
    leaveOutRivals(reviewed, nested, decided);
    List<Quote> kept = new ArrayList<>(n);
    for (int r = 0; r < n; r++) {
      Quote quote = reviewed.get(r).quote();
      boolean keep = decided[r];
      for (int h = 0; nested[r] && !keep && h < n; h++) {
        keep = decided[h] && reviewed.get(h).quote().span().contains(quote.span());
      }
      if (keep) {
        kept.add(quote);
      }
    }
    return kept;
  }

  /**
   * Of two attributions the stage would emit whose contents overlap by a Dice coefficient of at
   * least {@link #RIVAL_DICE}, leaves out the less likely one. Such pairs are mostly a clause's
   * verb and a second cue inside its content ("half said they think …" and "they think …"), or two
   * readings of one stretch: annotators of news mark one attribution for those words far more often
   * than two, so the second is more often wrong than right (on the first 200 training articles
   * leaving them out drops 111 predictions of which 15 matched). The model weighs each attribution
   * alone, with only the kind of overlap as a feature, and so keeps both when both look likely.
   * Decided greedily, most likely first; direct quotes count as surest and are never left out, as
   * in {@link #kept}; partial quotes inside another quote are part of it and take no part.
   */
  private void leaveOutRivals(List<ReviewedQuote> reviewed, boolean[] nested, boolean[] decided) {
    int n = reviewed.size();
    double[] probability = new double[n];
    List<Integer> order = new ArrayList<>(n);
    for (int r = 0; r < n; r++) {
      if (decided[r] && !nested[r]) {
        boolean direct = reviewed.get(r).quote().kind() == QuoteKind.DIRECT;
        probability[r] = direct ? Double.POSITIVE_INFINITY : probability(reviewed.get(r).features());
        order.add(r);
      }
    }
    order.sort(Comparator.comparingDouble((Integer r) -> -probability[r]).thenComparingInt(r -> r));
    for (int i = 0; i < order.size(); i++) {
      int surer = order.get(i);
      if (!decided[surer]) {
        continue;
      }
      for (int j = i + 1; j < order.size(); j++) {
        int rival = order.get(j);
        Quote quote = reviewed.get(rival).quote();
        Quote other = reviewed.get(surer).quote();
        if (decided[rival] && quote.kind() != QuoteKind.DIRECT && !other.parts().equals(quote.parts()) && dice(other, quote) >= RIVAL_DICE) {
          decided[rival] = false;
        }
      }
    }
  }

  /** The Dice coefficient of two quotes' contents, 2|A∩B| / (|A| + |B|) over the characters of their parts. */
  static double dice(Quote a, Quote b) {
    long shared = 0;
    for (Span x : a.parts()) {
      for (Span y : b.parts()) {
        shared += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
      }
    }
    long length = length(a) + length(b);
    return length == 0 ? 0 : 2.0 * shared / length;
  }

  private static long length(Quote quote) {
    long length = 0;
    for (Span part : quote.parts()) {
      length += part.end() - part.start();
    }
    return length;
  }

  private static KeepModel load() {
    return new KeepModel(WeightTables.resource(KeepModel.class, RESOURCE), THRESHOLD);
  }
}
