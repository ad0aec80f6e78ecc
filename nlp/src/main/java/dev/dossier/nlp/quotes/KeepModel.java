package dev.dossier.nlp.quotes;

import dev.dossier.core.Quote;
import dev.dossier.core.QuoteKind;
import java.util.ArrayList;
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
   */
  List<Quote> kept(List<ReviewedQuote> reviewed) {
    int n = reviewed.size();
    boolean[] nested = new boolean[n];
    boolean[] decided = new boolean[n];
    for (int r = 0; r < n; r++) {
      nested[r] = reviewed.get(r).nestedIn(reviewed);
      decided[r] = !nested[r] && (reviewed.get(r).quote().kind() == QuoteKind.DIRECT || keeps(reviewed.get(r).features()));
    }
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

  private static KeepModel load() {
    return new KeepModel(WeightTables.resource(KeepModel.class, RESOURCE), THRESHOLD);
  }
}
