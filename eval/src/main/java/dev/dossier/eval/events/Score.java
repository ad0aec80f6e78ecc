package dev.dossier.eval.events;

/**
 * Precision, recall and F1 from counts.
 *
 * @param correct predictions that match a gold item
 * @param predicted predictions made
 * @param gold gold items
 */
public record Score(int correct, int predicted, int gold) {

  public double precision() {
    return predicted == 0 ? 0 : (double) correct / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) correct / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
