package dev.dossier.eval.coref;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Coreference scores of a response clustering against a key clustering of the same mentions, as
 * the CoNLL-2011/2012 reference scorer computes them: MUC (links), B³ (mentions), CEAF-e (entities,
 * φ4 similarity, optimal one-to-one alignment) and their mean F1, the CoNLL score. Singletons count
 * (B³ and CEAF-e see them; MUC has no links to score in them). A key mention missing from the
 * response counts as a response singleton.
 */
public final class CorefScorer {

  /** Precision, recall and F1 of one metric, each from 0 to 1. */
  public record Score(double precision, double recall) {

    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  /** All three metrics and the CoNLL mean. */
  public record Scores(Score muc, Score bCubed, Score ceafE) {

    public double conll() {
      return (muc.f1() + bCubed.f1() + ceafE.f1()) / 3;
    }
  }

  private CorefScorer() {}

  /**
   * Scores the response against the key.
   *
   * @param key each mention's gold cluster
   * @param response each mention's response cluster; mentions of the key it lacks become singletons
   */
  public static <M> Scores score(Map<M, String> key, Map<M, String> response) {
    Map<M, String> completed = new LinkedHashMap<>();
    for (M mention : key.keySet()) {
      String cluster = response.get(mention);
      completed.put(mention, cluster == null ? "\u0000singleton:" + mention : cluster);
    }
    List<Set<M>> keyClusters = clusters(key);
    List<Set<M>> responseClusters = clusters(completed);
    return new Scores(muc(keyClusters, completed, responseClusters, key), bCubed(key, completed), ceafE(keyClusters, responseClusters));
  }

  private static <M> List<Set<M>> clusters(Map<M, String> assignment) {
    Map<String, Set<M>> byId = new LinkedHashMap<>();
    assignment.forEach((mention, cluster) -> byId.computeIfAbsent(cluster, c -> new HashSet<>()).add(mention));
    return new ArrayList<>(byId.values());
  }

  private static <M> Score muc(List<Set<M>> keyClusters, Map<M, String> response, List<Set<M>> responseClusters, Map<M, String> key) {
    return new Score(mucRecall(responseClusters, key), mucRecall(keyClusters, response));
  }

  /** Vilain et al.: for each cluster, its size minus the number of parts the other side splits it into. */
  private static <M> double mucRecall(Collection<Set<M>> clusters, Map<M, String> other) {
    long numerator = 0;
    long denominator = 0;
    for (Set<M> cluster : clusters) {
      Set<String> parts = new HashSet<>();
      for (M mention : cluster) {
        String part = other.get(mention);
        parts.add(part == null ? "\u0000alone:" + mention : part);
      }
      numerator += cluster.size() - parts.size();
      denominator += cluster.size() - 1;
    }
    return denominator == 0 ? 0 : (double) numerator / denominator;
  }

  private static <M> Score bCubed(Map<M, String> key, Map<M, String> response) {
    Map<String, Integer> keySizes = new HashMap<>();
    Map<String, Integer> responseSizes = new HashMap<>();
    Map<String, Integer> overlap = new HashMap<>();
    for (M mention : key.keySet()) {
      keySizes.merge(key.get(mention), 1, Integer::sum);
      responseSizes.merge(response.get(mention), 1, Integer::sum);
      overlap.merge(key.get(mention) + "\u0001" + response.get(mention), 1, Integer::sum);
    }
    double precision = 0;
    double recall = 0;
    for (M mention : key.keySet()) {
      int shared = overlap.get(key.get(mention) + "\u0001" + response.get(mention));
      recall += (double) shared / keySizes.get(key.get(mention));
      precision += (double) shared / responseSizes.get(response.get(mention));
    }
    int n = key.size();
    return new Score(n == 0 ? 0 : precision / n, n == 0 ? 0 : recall / n);
  }

  /** Luo's CEAF with φ4, the best one-to-one alignment found per connected group of clusters. */
  private static <M> Score ceafE(List<Set<M>> keyClusters, List<Set<M>> responseClusters) {
    Map<M, Integer> responseOf = new HashMap<>();
    for (int j = 0; j < responseClusters.size(); j++) {
      for (M mention : responseClusters.get(j)) {
        responseOf.put(mention, j);
      }
    }
    List<Map<Integer, Integer>> shared = new ArrayList<>();
    List<List<Integer>> keysOfResponse = new ArrayList<>();
    for (int j = 0; j < responseClusters.size(); j++) {
      keysOfResponse.add(new ArrayList<>());
    }
    for (int i = 0; i < keyClusters.size(); i++) {
      Map<Integer, Integer> counts = new HashMap<>();
      for (M mention : keyClusters.get(i)) {
        Integer j = responseOf.get(mention);
        if (j != null) {
          counts.merge(j, 1, Integer::sum);
        }
      }
      shared.add(counts);
      for (int j : counts.keySet()) {
        keysOfResponse.get(j).add(i);
      }
    }
    boolean[] seenKey = new boolean[keyClusters.size()];
    double similarity = 0;
    for (int start = 0; start < keyClusters.size(); start++) {
      if (seenKey[start]) {
        continue;
      }
      List<Integer> keys = new ArrayList<>();
      Set<Integer> responses = new HashSet<>();
      ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(start));
      seenKey[start] = true;
      while (!queue.isEmpty()) {
        int i = queue.poll();
        keys.add(i);
        for (int j : shared.get(i).keySet()) {
          if (responses.add(j)) {
            for (int other : keysOfResponse.get(j)) {
              if (!seenKey[other]) {
                seenKey[other] = true;
                queue.add(other);
              }
            }
          }
        }
      }
      List<Integer> responseList = new ArrayList<>(responses);
      double[][] weights = new double[keys.size()][responseList.size()];
      for (int a = 0; a < keys.size(); a++) {
        int i = keys.get(a);
        for (int b = 0; b < responseList.size(); b++) {
          int j = responseList.get(b);
          int common = shared.get(i).getOrDefault(j, 0);
          weights[a][b] = 2.0 * common / (keyClusters.get(i).size() + responseClusters.get(j).size());
        }
      }
      similarity += Assignment.maximum(weights);
    }
    return new Score(responseClusters.isEmpty() ? 0 : similarity / responseClusters.size(), keyClusters.isEmpty() ? 0 : similarity / keyClusters.size());
  }

  /** The Hungarian algorithm (Kuhn-Munkres, O(n³)) for a maximum-weight one-to-one assignment. */
  static final class Assignment {

    private Assignment() {}

    /** The largest total weight of a one-to-one assignment of rows to columns. */
    static double maximum(double[][] weights) {
      int rows = weights.length;
      int columns = rows == 0 ? 0 : weights[0].length;
      if (rows == 0 || columns == 0) {
        return 0;
      }
      int n = Math.max(rows, columns);
      double[][] cost = new double[n + 1][n + 1];
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < columns; j++) {
          cost[i + 1][j + 1] = -weights[i][j];
        }
      }
      double[] u = new double[n + 1];
      double[] v = new double[n + 1];
      int[] match = new int[n + 1];
      int[] way = new int[n + 1];
      for (int i = 1; i <= n; i++) {
        match[0] = i;
        int j0 = 0;
        double[] min = new double[n + 1];
        boolean[] used = new boolean[n + 1];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        do {
          used[j0] = true;
          int i0 = match[j0];
          double delta = Double.POSITIVE_INFINITY;
          int j1 = 0;
          for (int j = 1; j <= n; j++) {
            if (!used[j]) {
              double current = cost[i0][j] - u[i0] - v[j];
              if (current < min[j]) {
                min[j] = current;
                way[j] = j0;
              }
              if (min[j] < delta) {
                delta = min[j];
                j1 = j;
              }
            }
          }
          for (int j = 0; j <= n; j++) {
            if (used[j]) {
              u[match[j]] += delta;
              v[j] -= delta;
            } else {
              min[j] -= delta;
            }
          }
          j0 = j1;
        } while (match[j0] != 0);
        do {
          int j1 = way[j0];
          match[j0] = match[j1];
          j0 = j1;
        } while (j0 != 0);
      }
      double total = 0;
      for (int j = 1; j <= n; j++) {
        if (match[j] != 0 && match[j] <= rows && j <= columns) {
          total += weights[match[j] - 1][j - 1];
        }
      }
      return total;
    }
  }
}
