package dev.dossier.nlp.quotes;

import java.util.List;
import java.util.Map;

/**
 * Decides whether a verb is an attribution cue where it stands: a logistic regression over the
 * features {@link CueFeatures} names (the cue and its complement's shape, tense and modal, the
 * kind of subject, what the complement opens with, quotation marks near it, …), learned from
 * annotated news. It widens what the hand-written verbs of saying in {@link Cues} catch to what
 * political news attributes, stances, accusations, denials, pledges, calls and beliefs ("called
 * for", "accused", "wants to", "seems to"), and tells "Clinton wants to make tuition free" from
 * "parents want neighborhood schools".
 *
 * <p>The bundled weights, {@code attribution-cue-model.tsv}, are derived from the training split
 * of PolNeAR (Newell, Margolin and Ruths 2018) by {@code dossier eval cues}; they are weights of
 * named features only, no text of the corpus. Immutable and thread-safe.
 */
final class CueClassifier {

  /**
   * The probability from which a verb counts as a cue. Chosen for all-attributions F1 on the first
   * 200 training articles with weights fitted on the other 640 (0.690, 0.691, 0.690 and 0.692 for
   * 0.28, 0.35, 0.4 and 0.45): F1 is flat there, and the highest threshold is the most precise.
   * Checked again with the reach of {@code quotes@8} (passives, lists of verbs): 0.7072, 0.7067
   * and 0.7056 at 0.4, 0.45 and 0.5, still flat.
   */
  static final double THRESHOLD = 0.45;

  private static final String RESOURCE = "attribution-cue-model.tsv";

  private static final CueClassifier STANDARD = load();

  private final Map<String, Double> weights;
  private final double threshold;

  CueClassifier(Map<String, Double> weights, double threshold) {
    this.weights = Map.copyOf(weights);
    this.threshold = threshold;
  }

  static CueClassifier standard() {
    return STANDARD;
  }

  /** The model's probability that a verb with these features is an attribution cue. */
  double probability(List<String> features) {
    return WeightTables.probability(weights, features);
  }

  /** True if a verb with these features is a cue with at least the threshold's probability. */
  boolean accepts(List<String> features) {
    return probability(features) >= threshold;
  }

  private static CueClassifier load() {
    return new CueClassifier(WeightTables.resource(CueClassifier.class, RESOURCE), THRESHOLD);
  }
}
