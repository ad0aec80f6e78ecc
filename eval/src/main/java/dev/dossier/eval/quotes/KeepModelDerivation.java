package dev.dossier.eval.quotes;

import dev.dossier.core.Article;
import dev.dossier.core.Doc;
import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.core.Pipeline;
import dev.dossier.core.QuoteKind;
import dev.dossier.nlp.EntityStage;
import dev.dossier.nlp.MentionStage;
import dev.dossier.nlp.TokenStage;
import dev.dossier.nlp.quotes.KeepFeatures;
import dev.dossier.nlp.quotes.QuoteModels;
import dev.dossier.nlp.quotes.ReviewedQuote;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import java.util.Map;

/**
 * Derives the quote stage's keep model ({@code nlp/.../quotes/attribution-keep-model.tsv}) from
 * PolNeAR-format training data: {@code dossier eval keep --polnear train.jsonl --hold-out 200}.
 *
 * <p>Each article goes through Dossier's token, mention and entity stages; {@link KeepFeatures}
 * reads every attribution the quote stage would emit, before its keep model decides, with its
 * features. An attribution is a positive example when the evaluation's matching rule ({@link
 * QuoteScorer}: Dice of at least 0.5 over letters and digits, one to one) pairs it with one of the
 * article's gold attributions. A partial quote inside another quote is part of that attribution, as
 * the evaluation scores it, so it is no example of its own. A {@link LogisticRegression} is fitted
 * on the articles after the first {@code holdOut}; on the held-out ones the report gives the
 * all-attributions and quoted F1 that leaving out the attributions below each threshold would
 * give, to choose the threshold on data the model was not fitted on: once with the bundled cue
 * models (which learned from the held-out articles too), once with cue models fitted on the other
 * articles only, as the stage meets new text. With more than one fold ({@link CrossFitting}), each
 * fitted article's attributions come from cue models fitted on the other folds, so that the keep
 * model learns how often out-of-sample cues are right. The table holds one weight
 * per named feature (lemmas, tags, shapes), no text of the corpus. Run it on the training split
 * only.
 */
public final class KeepModelDerivation {

  /** The thresholds the held-out report scores. */
  private static final double[] THRESHOLDS = {0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5};

  /**
   * What a derivation produced.
   *
   * @param table the model as TSV text: comment lines naming the source and settings, a header,
   *     then one {@code feature, weight} row per feature, sorted by name
   * @param report how leaving attributions out would score on the held-out articles, one line per
   *     threshold, or a line saying there were none
   */
  public record Result(String table, String report) {}

  /**
   * One attribution as an example, with what the held-out report needs to score leaving it out.
   *
   * @param example its features and whether it matched a gold attribution
   * @param direct whether it is a direct quote
   * @param quoted whether its content is quoted, as the evaluation classes it
   * @param goldQuoted whether the gold attribution it matched is quoted (false without a match)
   */
  record Labelled(LogisticRegression.Example example, boolean direct, boolean quoted, boolean goldQuoted) {}

  /**
   * One article's examples and its gold counts.
   *
   * @param examples its attributions as examples
   * @param gold how many gold attributions it has
   * @param goldQuoted how many of them are quoted
   */
  record ArticleExamples(List<Labelled> examples, int gold, int goldQuoted) {}

  private KeepModelDerivation() {}

  /**
   * Fits the keep model.
   *
   * @param holdOut how many of the file's first articles to keep out of the fit and score on
   * @param folds how many folds the fitted articles are split into, each fold's attributions coming
   *     from cue models fitted on the other folds' articles (never on held-out ones); 1 runs the
   *     stage with the bundled cue models on every article, which learned from them
   * @param l2 the penalty on the squared weights, per example
   * @param iterations gradient steps
   * @throws DossierException as {@link PolnearReader#read}, or {@link ErrorCode#BAD_ARGUMENT} if no
   *     article is left to fit on, or {@code folds} is below 1 or above the number of fitted articles
   */
  public static Result run(Path polnear, int holdOut, int folds, double l2, int iterations) {
    List<PolnearArticle> articles = PolnearReader.read(polnear);
    if (articles.size() <= holdOut) {
      throw new DossierException(ErrorCode.BAD_ARGUMENT, polnear + ": " + articles.size() + " articles, none left to learn from after holding out " + holdOut);
    }
    if (folds < 1 || folds > articles.size() - holdOut) {
      throw new DossierException(ErrorCode.BAD_ARGUMENT, polnear + ": " + folds + " folds of " + (articles.size() - holdOut) + " articles");
    }
    Pipeline before = Pipeline.of(new TokenStage(), new MentionStage(), new EntityStage());
    List<Doc> docs = new ArrayList<>(articles.size());
    CrossFitting crossFitting = new CrossFitting();
    for (PolnearArticle article : articles) {
      Doc doc = document(before, article);
      docs.add(doc);
      if (folds > 1 || holdOut > 0) {
        crossFitting.add(doc, article);
      }
    }
    List<ArticleExamples> heldOut = new ArrayList<>();
    List<ArticleExamples> heldOutUnseen = new ArrayList<>();
    QuoteModels withoutHeldOut = holdOut > 0 ? crossFitting.fit(a -> a >= holdOut).models() : null;
    for (int a = 0; a < holdOut; a++) {
      heldOut.add(examples(docs.get(a), articles.get(a), QuoteModels.standard()));
      heldOutUnseen.add(examples(docs.get(a), articles.get(a), withoutHeldOut));
    }
    List<LogisticRegression.Example> training = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      QuoteModels models = folds == 1 ? QuoteModels.standard()
          : crossFitting.withoutFold(f, holdOut, folds).models();
      for (int a = holdOut; a < articles.size(); a++) {
        if (CrossFitting.fold(a, holdOut, folds) == f) {
          examples(docs.get(a), articles.get(a), models).examples().forEach(labelled -> training.add(labelled.example()));
        }
      }
    }
    Map<String, Double> weights = LogisticRegression.fit(training, l2, iterations);
    StringBuilder out = new StringBuilder();
    out.append("# Attribution keep model fitted on ").append(articles.size() - holdOut).append(" PolNeAR training articles")
        .append(holdOut > 0 ? " (after the first " + holdOut + ")" : "").append(" by 'dossier eval keep': ").append(training.size())
        .append(" attributions")
        .append(folds > 1 ? ", each reached with cue models fitted on the other " + (folds - 1) + " of " + folds + " folds" : "").append(", l2 ").append(l2).append(", ").append(iterations).append(" iterations.\n");
    out.append(CueModelDerivation.rows(weights));
    String report = KeepReport.of(weights, training, heldOut, THRESHOLDS);
    if (holdOut > 0) {
      report += "with cue models fitted without the held-out articles (as on new text):\n" + KeepReport.of(weights, training, heldOutUnseen, THRESHOLDS);
    }
    return new Result(out.toString(), report);
  }

  /** The article's attributions as the bundled stage would emit them, each labelled by whether it matches a gold attribution. */
  static ArticleExamples examples(Pipeline before, PolnearArticle article) {
    return examples(document(before, article), article, QuoteModels.standard());
  }

  private static Doc document(Pipeline before, PolnearArticle article) {
    return before.process(new Article(article.name(), null, "", null, null, article.text(), List.of(), "polnear", article.name()));
  }

  /** The article's attributions as the stage with these models would emit them, each labelled by whether it matches a gold attribution. */
  static ArticleExamples examples(Doc doc, PolnearArticle article, QuoteModels models) {
    List<ReviewedQuote> reviewed = KeepFeatures.reviewed(doc, models);
    List<ReviewedQuote> scored = new ArrayList<>();
    for (ReviewedQuote r : reviewed) {
      if (!r.nestedIn(reviewed)) {
        scored.add(r);
      }
    }
    List<PredictedQuote> predictions = scored.stream().map(r -> new PredictedQuote(r.quote().parts(), null, null, r.quote().kind().label(), r.quote().cueText())).toList();
    int[] matched = QuoteScorer.match(article, predictions);
    QuotedText quoted = new QuotedText(article.text());
    List<Labelled> examples = new ArrayList<>();
    for (int p = 0; p < scored.size(); p++) {
      boolean positive = matched[p] >= 0;
      examples.add(new Labelled(new LogisticRegression.Example(scored.get(p).features(), positive), scored.get(p).quote().kind() == QuoteKind.DIRECT,
          quoted.isQuoted(predictions.get(p).content()), positive && quoted.isQuoted(article.attributions().get(matched[p]).content())));
    }
    int goldQuoted = (int) article.attributions().stream().filter(g -> quoted.isQuoted(g.content())).count();
    return new ArticleExamples(examples, article.attributions().size(), goldQuoted);
  }
}
