package dev.dossier.eval.quotes;

/**
 * Content-span scores for one class of attributions (quoted, unquoted, all).
 *
 * @param gold gold attributions of the class
 * @param predicted predicted quotes of the class
 * @param matchedGold gold attributions matched by a prediction
 * @param matchedPredicted predictions matched to a gold attribution
 * @param exactGold gold attributions whose match covers exactly their letters and digits
 * @param speakerScored matched gold attributions that have a source
 * @param speakerCorrect of those, how many the prediction's speaker overlaps
 */
public record ClassScore(int gold, int predicted, int matchedGold, int matchedPredicted, int exactGold, int speakerScored, int speakerCorrect) {

  public double precision() {
    return predicted == 0 ? 0 : (double) matchedPredicted / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) matchedGold / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** F1 counting only exact matches as found. */
  public double exactF1() {
    double p = predicted == 0 ? 0 : (double) exactGold / predicted;
    double r = gold == 0 ? 0 : (double) exactGold / gold;
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double speakerAccuracy() {
    return speakerScored == 0 ? 0 : (double) speakerCorrect / speakerScored;
  }
}
