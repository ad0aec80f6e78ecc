package dev.dossier.eval.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A binary logistic regression over named features (each present or absent), fitted by full-batch
 * gradient descent with AdaGrad steps on the mean log loss plus an L2 penalty on every weight but
 * the bias: deterministic (no sampling, so the same examples give the same weights) and small
 * enough to train on a few hundred thousand examples in seconds.
 */
public final class LogisticRegression {

  /** The feature every example has, whose weight is not penalised. */
  public static final String BIAS = "bias";

  /**
   * One training example.
   *
   * @param features the names of the features that hold
   * @param positive its label
   */
  public record Example(List<String> features, boolean positive) {

    public Example {
      features = List.copyOf(features);
    }
  }

  private LogisticRegression() {}

  /**
   * The fitted weights by feature name, for every feature seen in the examples.
   *
   * @param l2 the penalty on the squared weights, per example (0 for none)
   * @param iterations how many gradient steps to take
   * @throws IllegalArgumentException if there are no examples or the settings are out of range
   */
  public static Map<String, Double> fit(List<Example> examples, double l2, int iterations) {
    if (examples.isEmpty() || l2 < 0 || iterations < 1) {
      throw new IllegalArgumentException("need examples, l2 >= 0 and iterations >= 1");
    }
    Map<String, Integer> index = new LinkedHashMap<>();
    List<int[]> rows = new ArrayList<>(examples.size());
    for (Example example : examples) {
      int[] row = new int[example.features().size()];
      for (int f = 0; f < row.length; f++) {
        row[f] = index.computeIfAbsent(example.features().get(f), k -> index.size());
      }
      rows.add(row);
    }
    int size = index.size();
    int bias = index.getOrDefault(BIAS, -1);
    double[] weights = new double[size];
    double[] squares = new double[size];
    double[] gradient = new double[size];
    double n = examples.size();
    for (int step = 0; step < iterations; step++) {
      java.util.Arrays.fill(gradient, 0);
      for (int e = 0; e < rows.size(); e++) {
        int[] row = rows.get(e);
        double error = sigmoid(score(weights, row)) - (examples.get(e).positive() ? 1 : 0);
        for (int f : row) {
          gradient[f] += error / n;
        }
      }
      for (int f = 0; f < size; f++) {
        double g = gradient[f] + (f == bias ? 0 : l2 * weights[f]);
        squares[f] += g * g;
        if (squares[f] > 0) {
          weights[f] -= LEARNING_RATE * g / Math.sqrt(squares[f]);
        }
      }
    }
    Map<String, Double> fitted = new HashMap<>();
    index.forEach((name, f) -> fitted.put(name, weights[f]));
    return fitted;
  }

  /** The step size of AdaGrad, per unit of accumulated gradient. */
  private static final double LEARNING_RATE = 0.5;

  /** The probability the weights give an example with these features. */
  public static double probability(Map<String, Double> weights, List<String> features) {
    double score = 0;
    for (String feature : features) {
      score += weights.getOrDefault(feature, 0.0);
    }
    return sigmoid(score);
  }

  /** The mean log loss of the weights on the examples. */
  public static double logLoss(Map<String, Double> weights, List<Example> examples) {
    double loss = 0;
    for (Example example : examples) {
      double p = Math.min(1 - 1e-12, Math.max(1e-12, probability(weights, example.features())));
      loss -= example.positive() ? Math.log(p) : Math.log(1 - p);
    }
    return loss / examples.size();
  }

  private static double score(double[] weights, int[] row) {
    double score = 0;
    for (int f : row) {
      score += weights[f];
    }
    return score;
  }

  private static double sigmoid(double score) {
    return 1 / (1 + Math.exp(-score));
  }
}
