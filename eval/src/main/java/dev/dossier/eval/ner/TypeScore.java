package dev.dossier.eval.ner;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Exact-match counts for one entity type, or for all types together, and the scores they give.
 * A predicted name is correct only if its tokens and its type both equal a gold name's.
 *
 * @param gold names in the gold data
 * @param predicted names the system found
 * @param correct predicted names that are exactly right
 */
public record TypeScore(int gold, int predicted, int correct) {

  public TypeScore {
    if (gold < 0 || predicted < 0 || correct < 0 || correct > gold || correct > predicted) {
      throw new IllegalArgumentException("inconsistent counts: gold " + gold + ", predicted " + predicted + ", correct " + correct);
    }
  }

  /** Correct over predicted; 0 when nothing was predicted, as {@code conlleval} reports it. */
  @JsonProperty
  public double precision() {
    return predicted == 0 ? 0 : (double) correct / predicted;
  }

  /** Correct over gold; 0 when there is no gold name. */
  @JsonProperty
  public double recall() {
    return gold == 0 ? 0 : (double) correct / gold;
  }

  /** The harmonic mean of precision and recall. */
  @JsonProperty
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Predicted names that are wrong. */
  public int falsePositives() {
    return predicted - correct;
  }

  /** Gold names not found exactly. */
  public int falseNegatives() {
    return gold - correct;
  }

  TypeScore plus(TypeScore other) {
    return new TypeScore(gold + other.gold, predicted + other.predicted, correct + other.correct);
  }
}
