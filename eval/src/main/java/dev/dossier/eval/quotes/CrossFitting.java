package dev.dossier.eval.quotes;

import dev.dossier.core.Doc;
import dev.dossier.nlp.quotes.QuoteModels;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Fits the quote stage's verb-cue and nominal-cue models on chosen articles only, so that the keep
 * model's derivation can run the stage on an article with cue models that never saw its
 * annotations. Fitted on all articles, the cue models are right far more often on the articles
 * they learned from than on new text, and a keep model fitted on those in-sample decisions learns
 * to trust learned and nominal cues more than it should. The articles are split into folds by
 * index; each fold's attributions come from cue models fitted on the other folds, with the
 * settings and table rows of {@code dossier eval cues} and {@code dossier eval nominal-cues}.
 *
 * <p>Holds every added article's cue and nominal-cue examples, so that each fold costs two fits,
 * not a pass over the corpus. Not thread-safe.
 */
final class CrossFitting {

  /** The L2 penalty and gradient steps {@code dossier eval cues} and {@code dossier eval nominal-cues} fit with by default. */
  static final double CUE_L2 = 0.0001;

  static final int CUE_ITERATIONS = 300;

  /** The bias of a model fitted on no example: no cue's features outweigh it. */
  private static final double NOTHING = -30;

  /**
   * The cue models of one fit as tables, in the format the bundled resources have.
   *
   * @param cueTable the verb-cue model
   * @param nominalCueTable the nominal-cue model
   */
  record Tables(String cueTable, String nominalCueTable) {

    QuoteModels models() {
      return QuoteModels.withCueTables(cueTable, nominalCueTable);
    }
  }

  private final List<List<LogisticRegression.Example>> cueExamples = new ArrayList<>();
  private final List<List<LogisticRegression.Example>> nominalCueExamples = new ArrayList<>();

  /** Adds the next article, read from a document that holds at least its tokens and sentences. */
  void add(Doc doc, PolnearArticle article) {
    cueExamples.add(CueModelDerivation.examples(doc, article));
    nominalCueExamples.add(NominalCueDerivation.examples(doc, article));
  }

  /** The fold of an article among those from {@code first} on, by index: every {@code folds}-th article is in the same one. */
  static int fold(int article, int first, int folds) {
    return (article - first) % folds;
  }

  /**
   * The cue models for the articles of one fold: fitted on the added articles from {@code first}
   * on that are in another fold, never on those before {@code first} (held out) nor on the fold's own.
   */
  Tables withoutFold(int fold, int first, int folds) {
    return fit(a -> a >= first && fold(a, first, folds) != fold);
  }

  /** The cue models fitted on the added articles whose index {@code fitOn} accepts. */
  Tables fit(IntPredicate fitOn) {
    List<LogisticRegression.Example> cues = new ArrayList<>();
    List<LogisticRegression.Example> nominalCues = new ArrayList<>();
    for (int a = 0; a < cueExamples.size(); a++) {
      if (fitOn.test(a)) {
        cues.addAll(cueExamples.get(a));
        nominalCues.addAll(nominalCueExamples.get(a));
      }
    }
    return new Tables(CueModelDerivation.rows(fit(cues)), CueModelDerivation.rows(fit(nominalCues)));
  }

  /** The fitted weights; without a single example (a small file), a model that takes nothing for a cue. */
  private static java.util.Map<String, Double> fit(List<LogisticRegression.Example> examples) {
    return examples.isEmpty() ? java.util.Map.of(LogisticRegression.BIAS, NOTHING) : LogisticRegression.fit(examples, CUE_L2, CUE_ITERATIONS);
  }
}
