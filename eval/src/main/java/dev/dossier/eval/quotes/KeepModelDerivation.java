package dev.dossier.eval.quotes;

import dev.dossier.core.Article;
import dev.dossier.core.Doc;
import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.core.Pipeline;
import dev.dossier.core.Quote;
import dev.dossier.core.QuoteKind;
import dev.dossier.nlp.EntityStage;
import dev.dossier.nlp.MentionStage;
import dev.dossier.nlp.TokenStage;
import dev.dossier.nlp.quotes.KeepFeatures;
import dev.dossier.nlp.quotes.ReviewedQuote;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

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
 * give, to choose the threshold on data the model was not fitted on. The table holds one weight
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
   * @param l2 the penalty on the squared weights, per example
   * @param iterations gradient steps
   * @throws DossierException as {@link PolnearReader#read}, or {@link ErrorCode#BAD_ARGUMENT} if no
   *     article is left to fit on
   */
  public static Result run(Path polnear, int holdOut, double l2, int iterations) {
    List<PolnearArticle> articles = PolnearReader.read(polnear);
    if (articles.size() <= holdOut) {
      throw new DossierException(ErrorCode.BAD_ARGUMENT, polnear + ": " + articles.size() + " articles, none left to learn from after holding out " + holdOut);
    }
    Pipeline before = Pipeline.of(new TokenStage(), new MentionStage(), new EntityStage());
    List<ArticleExamples> heldOut = new ArrayList<>();
    List<LogisticRegression.Example> training = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      ArticleExamples examples = examples(before, articles.get(a));
      if (a < holdOut) {
        heldOut.add(examples);
      } else {
        examples.examples().forEach(labelled -> training.add(labelled.example()));
      }
    }
    Map<String, Double> weights = LogisticRegression.fit(training, l2, iterations);
    StringBuilder out = new StringBuilder();
    out.append("# Attribution keep model fitted on ").append(articles.size() - holdOut).append(" PolNeAR training articles")
        .append(holdOut > 0 ? " (after the first " + holdOut + ")" : "").append(" by 'dossier eval keep': ").append(training.size())
        .append(" attributions, l2 ").append(l2).append(", ").append(iterations).append(" iterations.\n");
    out.append("# Logistic regression weights of named features (lemmas, tags, shapes; no text); weights under ")
        .append(CueModelDerivation.MIN_WEIGHT).append(" left out.\n");
    out.append("feature\tweight\n");
    new TreeMap<>(weights).forEach((feature, weight) -> {
      if (Math.abs(weight) >= CueModelDerivation.MIN_WEIGHT || feature.equals(LogisticRegression.BIAS)) {
        out.append(feature).append('\t').append(String.format(Locale.ROOT, "%.4f", weight)).append('\n');
      }
    });
    return new Result(out.toString(), KeepReport.of(weights, training, heldOut, THRESHOLDS));
  }

  /** The article's attributions as the stage would emit them, each labelled by whether it matches a gold attribution. */
  static ArticleExamples examples(Pipeline before, PolnearArticle article) {
    Doc doc = before.process(new Article(article.name(), null, "", null, null, article.text(), List.of(), "polnear", article.name()));
    List<ReviewedQuote> reviewed = KeepFeatures.reviewed(doc);
    List<ReviewedQuote> scored = new ArrayList<>();
    for (ReviewedQuote r : reviewed) {
      Quote quote = r.quote();
      if (quote.kind() != QuoteKind.PARTIAL || reviewed.stream().noneMatch(o -> o.quote() != quote && o.quote().span().contains(quote.span()))) {
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
