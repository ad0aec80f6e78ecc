package dev.dossier.eval.quotes;

import dev.dossier.core.Article;
import dev.dossier.core.Doc;
import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.core.Pipeline;
import dev.dossier.nlp.TokenStage;
import dev.dossier.nlp.quotes.NominalCueFeatures;
import dev.dossier.nlp.quotes.NominalCueOccurrence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Derives the quote stage's nominal-cue model ({@code nlp/.../quotes/nominal-cue-model.tsv}) from
 * PolNeAR-format training data: {@code dossier eval nominal-cues --polnear train.jsonl --hold-out 200}.
 *
 * <p>Each article goes through Dossier's token stage; {@link NominalCueFeatures} reads every noun
 * that governs a clause, an infinitive or a prepositional object, with its features. An occurrence
 * is a positive example when its noun lies inside a cue span of the article's first annotator. A
 * {@link LogisticRegression} is fitted on the articles after the first {@code holdOut}; the
 * held-out ones are scored at several thresholds (cue decisions only, not contents). The table
 * holds one weight per named feature (lemmas, tags, shapes), no text of the corpus. Run it on the
 * training split only.
 */
public final class NominalCueDerivation {

  /** The thresholds the held-out report scores. */
  private static final double[] THRESHOLDS = {0.2, 0.3, 0.4, 0.5, 0.6, 0.7};

  private NominalCueDerivation() {}

  /**
   * Fits the nominal-cue model.
   *
   * @param holdOut how many of the file's first articles to keep out of the fit and score on
   * @param l2 the penalty on the squared weights, per example
   * @param iterations gradient steps
   * @return the table (comment lines, a header, one {@code feature, weight} row per feature sorted
   *     by name) and the held-out report, as {@link CueModelDerivation.Result}
   * @throws DossierException as {@link PolnearReader#read}, or {@link ErrorCode#BAD_ARGUMENT} if no
   *     article is left to fit on
   */
  public static CueModelDerivation.Result run(Path polnear, int holdOut, double l2, int iterations) {
    List<PolnearArticle> articles = PolnearReader.read(polnear);
    if (articles.size() <= holdOut) {
      throw new DossierException(ErrorCode.BAD_ARGUMENT, polnear + ": " + articles.size() + " articles, none left to learn nominal cues from after holding out " + holdOut);
    }
    Pipeline tokens = Pipeline.of(new TokenStage());
    List<LogisticRegression.Example> heldOut = new ArrayList<>();
    List<LogisticRegression.Example> training = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      (a < holdOut ? heldOut : training).addAll(examples(tokens, articles.get(a)));
    }
    Map<String, Double> weights = LogisticRegression.fit(training, l2, iterations);
    StringBuilder out = new StringBuilder();
    out.append("# Nominal-cue model fitted on ").append(articles.size() - holdOut).append(" PolNeAR training articles")
        .append(holdOut > 0 ? " (after the first " + holdOut + ")" : "").append(" by 'dossier eval nominal-cues': ").append(training.size())
        .append(" nouns, l2 ").append(l2).append(", ").append(iterations).append(" iterations.\n");
    return new CueModelDerivation.Result(out.append(CueModelDerivation.rows(weights)).toString(), report(weights, training, heldOut));
  }

  private static List<LogisticRegression.Example> examples(Pipeline tokens, PolnearArticle article) {
    return examples(tokens.process(new Article(article.name(), null, "", null, null, article.text(), List.of(), "polnear", article.name())), article);
  }

  /** The article's nouns as examples, read from a document that holds at least its tokens and sentences. */
  static List<LogisticRegression.Example> examples(Doc doc, PolnearArticle article) {
    List<LogisticRegression.Example> examples = new ArrayList<>();
    for (NominalCueOccurrence occurrence : NominalCueFeatures.occurrences(doc)) {
      examples.add(new LogisticRegression.Example(occurrence.features(), marked(article, occurrence)));
    }
    return examples;
  }

  /** True if the occurrence's noun lies inside a cue span the article's annotator marked. */
  static boolean marked(PolnearArticle article, NominalCueOccurrence occurrence) {
    return article.attributions().stream().anyMatch(attribution -> attribution.cue().stream().anyMatch(cue -> cue.contains(occurrence.span())));
  }

  private static String report(Map<String, Double> weights, List<LogisticRegression.Example> training, List<LogisticRegression.Example> heldOut) {
    StringBuilder out = new StringBuilder(CueModelDerivation.logLosses(weights, training, heldOut, "nouns"));
    for (double threshold : heldOut.isEmpty() ? new double[0] : THRESHOLDS) {
      out.append(String.format(Locale.ROOT, "  threshold %.2f: ", threshold))
          .append(CueModelDerivation.scores(heldOut, example -> LogisticRegression.probability(weights, example.features()) >= threshold));
    }
    return out.toString();
  }
}
