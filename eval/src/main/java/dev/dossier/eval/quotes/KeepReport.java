package dev.dossier.eval.quotes;

import dev.dossier.eval.quotes.KeepModelDerivation.ArticleExamples;
import dev.dossier.eval.quotes.KeepModelDerivation.Labelled;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a keep model would score on held-out articles: the all-attributions and quoted precision,
 * recall and F1 of the attributions it keeps at each threshold, beside keeping all, with direct
 * quotes decided by the model and exempted from it; and how often each way the stage reaches an
 * attribution matches. Leaving an attribution out is scored as the evaluation would, but without
 * re-matching: a gold attribution the left-out one held is not offered to another prediction.
 */
final class KeepReport {

  private KeepReport() {}

  static String of(Map<String, Double> weights, List<LogisticRegression.Example> training, List<ArticleExamples> heldOut, double[] thresholds) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "training: %d attributions, %d matched, log loss %.4f%n", training.size(),
        training.stream().filter(LogisticRegression.Example::positive).count(), LogisticRegression.logLoss(weights, training)));
    List<Labelled> examples = heldOut.stream().flatMap(a -> a.examples().stream()).toList();
    if (examples.isEmpty()) {
      return out.append("held out: none\n").toString();
    }
    int gold = heldOut.stream().mapToInt(ArticleExamples::gold).sum();
    int goldQuoted = heldOut.stream().mapToInt(ArticleExamples::goldQuoted).sum();
    out.append(String.format(Locale.ROOT, "held out: %d articles, %d gold (%d quoted), %d attributions, log loss %.4f%n", heldOut.size(), gold, goldQuoted,
        examples.size(), LogisticRegression.logLoss(weights, examples.stream().map(Labelled::example).toList())));
    out.append("  keep all:             ").append(scores(examples, weights, -1, false, gold, goldQuoted));
    for (double threshold : thresholds) {
      out.append(String.format(Locale.ROOT, "  threshold %.2f:        ", threshold)).append(scores(examples, weights, threshold, false, gold, goldQuoted));
      out.append(String.format(Locale.ROOT, "  threshold %.2f, not direct: ", threshold)).append(scores(examples, weights, threshold, true, gold, goldQuoted));
    }
    out.append("  held-out precision by way reached (matched/all, mean keep probability):\n");
    Map<String, double[]> byWay = new TreeMap<>();
    for (Labelled labelled : examples) {
      String way = labelled.example().features().stream().filter(f -> f.startsWith("kind+via=")).findFirst().orElse("?");
      double[] counts = byWay.computeIfAbsent(way, k -> new double[3]);
      counts[0]++;
      counts[1] += labelled.example().positive() ? 1 : 0;
      counts[2] += LogisticRegression.probability(weights, labelled.example().features());
    }
    byWay.forEach((way, c) -> out.append(String.format(Locale.ROOT, "    %-40s %4d/%4d = %.3f  (model %.3f)%n", way, (int) c[1], (int) c[0], c[1] / c[0], c[2] / c[0])));
    return out.toString();
  }

  /** All and quoted scores of what is kept at the threshold (negative: everything), as one line of the report. */
  private static String scores(List<Labelled> examples, Map<String, Double> weights, double threshold, boolean keepDirect, int gold, int goldQuoted) {
    int predicted = 0;
    int matched = 0;
    int predictedQuoted = 0;
    int matchedQuotedPredictions = 0;
    int matchedQuotedGold = 0;
    int dropped = 0;
    int droppedMatched = 0;
    for (Labelled labelled : examples) {
      boolean keep = threshold < 0 || keepDirect && labelled.direct() || LogisticRegression.probability(weights, labelled.example().features()) >= threshold;
      boolean positive = labelled.example().positive();
      if (!keep) {
        dropped++;
        droppedMatched += positive ? 1 : 0;
        continue;
      }
      predicted++;
      matched += positive ? 1 : 0;
      predictedQuoted += labelled.quoted() ? 1 : 0;
      matchedQuotedPredictions += labelled.quoted() && positive ? 1 : 0;
      matchedQuotedGold += labelled.goldQuoted() ? 1 : 0;
    }
    double quotedP = ratio(matchedQuotedPredictions, predictedQuoted);
    double quotedR = ratio(matchedQuotedGold, goldQuoted);
    return String.format(Locale.ROOT, "all P %.4f R %.4f F1 %.4f | quoted F1 %.4f | left out %d (%d matched)%n", ratio(matched, predicted), ratio(matched, gold),
        ratio(2 * matched, gold + predicted), quotedP + quotedR == 0 ? 0 : 2 * quotedP * quotedR / (quotedP + quotedR), dropped, droppedMatched);
  }

  private static double ratio(int numerator, int denominator) {
    return denominator == 0 ? 0 : (double) numerator / denominator;
  }
}
