package dev.dossier.eval.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Agreement of a clustering with gold clusters over the same items.
 *
 * <p>B-cubed (Bagga and Baldwin 1998): for each item, precision is the share of its predicted
 * cluster that shares its gold cluster, recall the share of its gold cluster that shares its
 * predicted cluster; both are averaged over items, and F1 is their harmonic mean. The adjusted Rand
 * index (Hubert and Arabie 1985) counts agreeing pairs, corrected for chance: 1 for identical
 * clusterings, about 0 for random ones.
 *
 * @param precision B-cubed precision
 * @param recall B-cubed recall
 * @param f1 B-cubed F1
 * @param ari adjusted Rand index
 * @param clusters predicted clusters
 */
public record ClusterScores(double precision, double recall, double f1, double ari, int clusters) {

  /** Scores predicted against gold labels, item {@code i} having {@code predicted.get(i)} and {@code gold.get(i)}. */
  public static <P, G> ClusterScores of(List<P> predicted, List<G> gold) {
    int n = predicted.size();
    if (n != gold.size() || n == 0) {
      throw new IllegalArgumentException("need as many predicted as gold labels, and at least one: " + n + " and " + gold.size());
    }
    Map<P, Integer> predictedSize = new HashMap<>();
    Map<G, Integer> goldSize = new HashMap<>();
    Map<List<Object>, Integer> both = new HashMap<>();
    for (int i = 0; i < n; i++) {
      predictedSize.merge(predicted.get(i), 1, Integer::sum);
      goldSize.merge(gold.get(i), 1, Integer::sum);
      both.merge(List.of(predicted.get(i), gold.get(i)), 1, Integer::sum);
    }
    double precision = 0;
    double recall = 0;
    for (int i = 0; i < n; i++) {
      int shared = both.get(List.of(predicted.get(i), gold.get(i)));
      precision += (double) shared / predictedSize.get(predicted.get(i));
      recall += (double) shared / goldSize.get(gold.get(i));
    }
    precision /= n;
    recall /= n;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    double index = 0;
    for (int count : both.values()) {
      index += pairs(count);
    }
    double predictedPairs = predictedSize.values().stream().mapToDouble(ClusterScores::pairs).sum();
    double goldPairs = goldSize.values().stream().mapToDouble(ClusterScores::pairs).sum();
    double expected = predictedPairs * goldPairs / pairs(n);
    double maximum = (predictedPairs + goldPairs) / 2;
    double ari = maximum == expected ? 1 : (index - expected) / (maximum - expected);
    return new ClusterScores(precision, recall, f1, ari, predictedSize.size());
  }

  private static double pairs(int count) {
    return count * (count - 1) / 2.0;
  }

  /** The mean of several runs' scores. */
  public static ClusterScores mean(List<ClusterScores> runs) {
    double p = 0;
    double r = 0;
    double f = 0;
    double a = 0;
    double c = 0;
    for (ClusterScores run : runs) {
      p += run.precision;
      r += run.recall;
      f += run.f1;
      a += run.ari;
      c += run.clusters;
    }
    int k = runs.size();
    return new ClusterScores(p / k, r / k, f / k, a / k, (int) Math.round(c / k));
  }
}
