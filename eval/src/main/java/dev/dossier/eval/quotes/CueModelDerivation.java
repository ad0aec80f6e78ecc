package dev.dossier.eval.quotes;

import dev.dossier.core.Article;
import dev.dossier.core.Doc;
import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.core.Pipeline;
import dev.dossier.nlp.TokenStage;
import dev.dossier.nlp.quotes.CueFeatures;
import dev.dossier.nlp.quotes.CueOccurrence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Derives the quote stage's attribution-cue model ({@code nlp/.../quotes/attribution-cue-model.tsv})
 * from PolNeAR-format training data: {@code dossier eval cues --polnear train.jsonl --hold-out 200}.
 *
 * <p>Each article goes through Dossier's token stage; {@link CueFeatures} reads every verb the
 * stage's learned cues decide on, with its features. An occurrence is a positive example when its
 * verb lies inside a cue span of the article's first annotator. (Taking as positive only the cues
 * whose content the stage would also get right was tried: it did no better on the held-out
 * articles.) A {@link LogisticRegression} is
 * fitted on the articles after the first {@code holdOut}; the held-out ones are scored at several
 * thresholds (cue decisions only, not contents), to choose the model's settings on data it was
 * not fitted on. The table holds one weight per named feature (lemmas, tags, shapes), no text of
 * the corpus. Run it on the training split only: the development split checks the result, the
 * test split is measured by others.
 */
public final class CueModelDerivation {

  /** Weights smaller than this are left out of the table: they do not move a decision. */
  static final double MIN_WEIGHT = 0.005;

  /** The thresholds the held-out report scores. */
  private static final double[] THRESHOLDS = {0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6};

  /**
   * What a derivation produced.
   *
   * @param table the model as TSV text: comment lines naming the source and settings, a header,
   *     then one {@code feature, weight} row per feature, sorted by name
   * @param report how the model decides on the held-out articles, one line per threshold, or a
   *     line saying there were none
   */
  public record Result(String table, String report) {}

  private CueModelDerivation() {}

  /**
   * Fits the cue model.
   *
   * @param holdOut how many of the file's first articles to keep out of the fit and score on
   * @param l2 the penalty on the squared weights, per example
   * @param iterations gradient steps
   * @throws DossierException as {@link PolnearReader#read}, or {@link ErrorCode#BAD_ARGUMENT} if no
   *     article is left to fit on
   */
  public static Result run(Path polnear, int holdOut, double l2, int iterations) {
    List<PolnearArticle> articles = PolnearReader.read(polnear);
    if (articles.size() <= holdOut) {
      throw new DossierException(ErrorCode.BAD_ARGUMENT, polnear + ": " + articles.size() + " articles, none left to learn cues from after holding out " + holdOut);
    }
    Pipeline tokens = Pipeline.of(new TokenStage());
    List<LogisticRegression.Example> heldOut = new ArrayList<>();
    List<LogisticRegression.Example> training = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      (a < holdOut ? heldOut : training).addAll(examples(tokens, articles.get(a)));
    }
    Map<String, Double> weights = LogisticRegression.fit(training, l2, iterations);
    StringBuilder out = new StringBuilder();
    out.append("# Attribution-cue model fitted on ").append(articles.size() - holdOut).append(" PolNeAR training articles")
        .append(holdOut > 0 ? " (after the first " + holdOut + ")" : "").append(" by 'dossier eval cues': ").append(training.size())
        .append(" verbs, l2 ").append(l2).append(", ").append(iterations).append(" iterations.\n");
    return new Result(out.append(rows(weights)).toString(), report(weights, training, heldOut));
  }

  /**
   * The weight rows of a table: a comment naming what they are, the header, then one {@code
   * feature, weight} row per feature sorted by name, leaving out weights under {@link #MIN_WEIGHT}
   * but never the bias.
   */
  static String rows(Map<String, Double> weights) {
    StringBuilder out = new StringBuilder();
    out.append("# Logistic regression weights of named features (lemmas, tags, shapes; no text); weights under ").append(MIN_WEIGHT).append(" left out.\n");
    out.append("feature\tweight\n");
    new TreeMap<>(weights).forEach((feature, weight) -> {
      if (Math.abs(weight) >= MIN_WEIGHT || feature.equals(LogisticRegression.BIAS)) {
        out.append(feature).append('\t').append(String.format(Locale.ROOT, "%.4f", weight)).append('\n');
      }
    });
    return out.toString();
  }

  private static List<LogisticRegression.Example> examples(Pipeline tokens, PolnearArticle article) {
    return examples(tokens.process(new Article(article.name(), null, "", null, null, article.text(), List.of(), "polnear", article.name())), article);
  }

  /** The article's verbs as examples, read from a document that holds at least its tokens and sentences. */
  static List<LogisticRegression.Example> examples(Doc doc, PolnearArticle article) {
    List<LogisticRegression.Example> examples = new ArrayList<>();
    for (CueOccurrence occurrence : CueFeatures.occurrences(doc)) {
      examples.add(new LogisticRegression.Example(occurrence.features(), marked(article, occurrence)));
    }
    return examples;
  }

  /** True if the occurrence's verb lies inside a cue span the article's annotator marked. */
  static boolean marked(PolnearArticle article, CueOccurrence occurrence) {
    return article.attributions().stream().anyMatch(attribution -> attribution.cue().stream().anyMatch(cue -> cue.contains(occurrence.verb())));
  }

  private static String report(Map<String, Double> weights, List<LogisticRegression.Example> training, List<LogisticRegression.Example> heldOut) {
    StringBuilder out = new StringBuilder(logLosses(weights, training, heldOut, "verbs"));
    if (heldOut.isEmpty()) {
      return out.toString();
    }
    for (double threshold : THRESHOLDS) {
      out.append(String.format(Locale.ROOT, "  threshold %.2f: ", threshold))
          .append(scores(heldOut, example -> LogisticRegression.probability(weights, example.features()) >= threshold));
    }
    out.append(lexiconBaseline(training, heldOut));
    return out.toString();
  }

  /** The rule the model replaces, counted on the same training verbs: a cue and shape marked at least twice and in 30% of its uses. */
  private static String lexiconBaseline(List<LogisticRegression.Example> training, List<LogisticRegression.Example> heldOut) {
    Map<String, int[]> counts = new HashMap<>();
    for (LogisticRegression.Example example : training) {
      int[] count = counts.computeIfAbsent(cueAndShape(example), k -> new int[2]);
      count[0]++;
      count[1] += example.positive() ? 1 : 0;
    }
    return "  counts rule (>= 2 cues, rate >= 0.3): " + scores(heldOut, example -> {
      int[] count = counts.get(cueAndShape(example));
      return count != null && count[1] >= 2 && count[1] >= 0.3 * count[0];
    });
  }

  /** Precision, recall and F1 of a decision over the examples, as one line of the report. */
  /**
   * The fit's log loss on its training examples and on the held-out ones, with how many of each are
   * cues; the examples are counted as {@code unit} ("verbs", "nouns"). "held out: none" when none are.
   */
  static String logLosses(Map<String, Double> weights, List<LogisticRegression.Example> training, List<LogisticRegression.Example> heldOut, String unit) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "training: %d %s, %d cues, log loss %.4f%n", training.size(), unit,
        training.stream().filter(LogisticRegression.Example::positive).count(), LogisticRegression.logLoss(weights, training)));
    if (heldOut.isEmpty()) {
      return out.append("held out: none\n").toString();
    }
    return out.append(String.format(Locale.ROOT, "held out: %d %s, %d cues, log loss %.4f%n", heldOut.size(), unit,
        heldOut.stream().filter(LogisticRegression.Example::positive).count(), LogisticRegression.logLoss(weights, heldOut))).toString();
  }

  /** How many examples the decision accepts, and its precision, recall and F1 against the examples' labels. */
  static String scores(List<LogisticRegression.Example> examples, Predicate<LogisticRegression.Example> predicted) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (LogisticRegression.Example example : examples) {
      boolean cue = predicted.test(example);
      tp += cue && example.positive() ? 1 : 0;
      fp += cue && !example.positive() ? 1 : 0;
      fn += !cue && example.positive() ? 1 : 0;
    }
    return String.format(Locale.ROOT, "%d accepted, P %.3f R %.3f F1 %.3f%n", tp + fp, ratio(tp, tp + fp), ratio(tp, tp + fn), ratio(2 * tp, 2 * tp + fp + fn));
  }

  private static String cueAndShape(LogisticRegression.Example example) {
    return example.features().stream().filter(f -> f.startsWith("cue+shape=")).findFirst().orElse("");
  }

  private static double ratio(int numerator, int denominator) {
    return denominator == 0 ? 0 : (double) numerator / denominator;
  }
}
