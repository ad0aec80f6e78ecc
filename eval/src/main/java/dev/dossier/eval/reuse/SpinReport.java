package dev.dossier.eval.reuse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The result of the spinning benchmark.
 *
 * @param options what was generated
 * @param articles articles in the benchmark
 * @param counts the sentence counts
 * @param msPerArticle the cross-document step's time per article, in milliseconds
 */
public record SpinReport(SpinBenchmark.Options options, int articles, Counts counts, double msPerArticle) {

  /** Sentence counts, overall and per kind of article; filled while scoring. */
  public static final class Counts {
    final Map<String, int[]> byKind = new TreeMap<>();
    final Map<String, List<Double>> incoherence = new TreeMap<>();
    int truePositives;
    int falsePositives;
    int falseNegatives;
    int wrongSource;
    int unlocated;
    int substitutions;
    int spinsFound;
    int spamLines;
    int removedSpam;

    void add(String kind, String gold, String predicted) {
      int[] row = byKind.computeIfAbsent(kind, k -> new int[4]);
      row[0]++;
      if (gold != null && gold.equals(predicted)) {
        truePositives++;
        row[1]++;
        return;
      }
      if (predicted != null) {
        falsePositives++;
        row[2]++;
        if (gold != null) {
          wrongSource++;
        }
      }
      if (gold != null) {
        falseNegatives++;
        row[3]++;
      }
    }

    public double precision() {
      return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
      return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }
  }

  public SpinReport {
    Objects.requireNonNull(counts, "counts");
  }

  public String toTable() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Spinning benchmark from %s, seed %d: %d articles (%d originals, %d copies, %d unrelated), spin rate %.2f%n%n",
        options.reuters(), options.seed(), articles, options.sources(), options.copies(), options.distractors(), options.spinRate()));
    out.append(String.format(Locale.ROOT, "%-16s %9s %7s %7s %7s%n", "articles", "sentences", "TP", "FP", "FN"));
    counts.byKind.forEach((kind, row) -> out.append(String.format(Locale.ROOT, "%-16s %,9d %,7d %,7d %,7d%n", kind, row[0], row[1], row[2], row[3])));
    out.append(String.format(Locale.ROOT, "%nreuse precision %.4f  recall %.4f  F1 %.4f   (wrong source %d; sentences not found after cleaning %d)%n",
        counts.precision(), counts.recall(), counts.f1(), counts.wrongSource, counts.unlocated));
    out.append(String.format(Locale.ROOT, "spins: %,d of %,d substituted words in detected sentences reported (%.1f%%)%n", counts.spinsFound, counts.substitutions,
        counts.substitutions == 0 ? 0 : 100.0 * counts.spinsFound / counts.substitutions));
    out.append(String.format(Locale.ROOT, "spam lines removed by cleaning: %,d of %,d%n", counts.removedSpam, counts.spamLines));
    out.append("sentence-order incoherence (mean, articles measured):");
    counts.incoherence.forEach((group, values) -> out.append(String.format(Locale.ROOT, "  %s %.3f (%d)", group, mean(values), values.size())));
    out.append(String.format(Locale.ROOT, "%ncross-document step: %.2f ms per article%n", msPerArticle));
    return out.toString();
  }

  public String toJson() {
    ObjectNode root = new ObjectMapper().createObjectNode();
    root.put("file", options.reuters().toString()).put("seed", options.seed()).put("articles", articles).put("sources", options.sources())
        .put("copies", options.copies()).put("unrelated", options.distractors()).put("spin_rate", options.spinRate());
    root.put("precision", counts.precision()).put("recall", counts.recall()).put("f1", counts.f1());
    root.put("true_positives", counts.truePositives).put("false_positives", counts.falsePositives).put("false_negatives", counts.falseNegatives)
        .put("wrong_source", counts.wrongSource).put("unlocated", counts.unlocated);
    root.put("substitutions", counts.substitutions).put("spins_found", counts.spinsFound).put("spam_lines", counts.spamLines).put("spam_removed", counts.removedSpam);
    ObjectNode incoherence = root.putObject("incoherence");
    counts.incoherence.forEach((group, values) -> incoherence.put(group, mean(values)));
    root.put("ms_per_article", msPerArticle);
    return root.toString();
  }

  private static double mean(List<Double> values) {
    return new ArrayList<>(values).stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }
}
