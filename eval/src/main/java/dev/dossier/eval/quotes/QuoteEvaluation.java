package dev.dossier.eval.quotes;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates quote and attribution extraction on PolNeAR-format data, beside CoreNLP's quote
 * annotator as a baseline, in one run: {@code dossier eval quotes --polnear FILE [--limit N]
 * [--no-baseline] [--format json]}.
 *
 * <p>Each system reads each article's text as given and returns its quotes; {@link QuoteScorer}
 * matches them with the gold attributions by content overlap (its Javadoc states the rule) and
 * scores content precision, recall and F1 and speaker accuracy, separately for quoted and unquoted
 * attributions. Each system is timed on its own pass, after its models have loaded.
 */
public final class QuoteEvaluation {

  private QuoteEvaluation() {}

  /**
   * @throws DossierException if the file is missing or malformed ({@link ErrorCode#INPUT_NOT_FOUND},
   *     {@link ErrorCode#MALFORMED_JSON}), holds no article ({@link ErrorCode#BAD_ARGUMENT}), the
   *     heap is too small for the baseline ({@link ErrorCode#BAD_ARGUMENT}) or a model cannot be
   *     loaded ({@link ErrorCode#NO_MODELS})
   */
  public static QuoteReport run(QuoteOptions options) {
    List<QuoteSystem> systems = new ArrayList<>();
    systems.add(new DossierQuotes());
    if (options.baseline()) {
      systems.add(new CoreNlpQuotes());
    }
    return run(options, systems);
  }

  static QuoteReport run(QuoteOptions options, List<QuoteSystem> systems) {
    List<PolnearArticle> articles = PolnearReader.read(options.polnear());
    if (options.limit() > 0 && options.limit() < articles.size()) {
      articles = articles.subList(0, options.limit());
    }
    if (articles.isEmpty()) {
      throw new DossierException(ErrorCode.BAD_ARGUMENT, options.polnear() + ": no articles to evaluate");
    }
    int attributions = articles.stream().mapToInt(a -> a.attributions().size()).sum();
    int characters = articles.stream().mapToInt(a -> a.text().length()).sum();
    List<QuoteSystemResult> results = new ArrayList<>();
    for (QuoteSystem system : systems) {
      results.add(evaluate(system, articles));
    }
    return new QuoteReport(
        options.polnear().toString(), LocalDate.now(ZoneOffset.UTC).toString(), articles.size(), characters, attributions, results, notes());
  }

  private static QuoteSystemResult evaluate(QuoteSystem system, List<PolnearArticle> articles) {
    long loadStart = System.nanoTime();
    system.load();
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    QuoteScorer scorer = new QuoteScorer();
    long finding = 0;
    for (PolnearArticle article : articles) {
      long start = System.nanoTime();
      List<PredictedQuote> predictions = system.quotes(article);
      finding += System.nanoTime() - start;
      scorer.add(article, predictions);
    }
    return new QuoteSystemResult(
        system.name(),
        system.description(),
        scorer.score(QuoteScorer.QUOTED),
        scorer.score(QuoteScorer.UNQUOTED),
        scorer.score(QuoteScorer.ALL),
        loadSeconds,
        finding / 1e9,
        scorer.missedCues(20),
        java.util.Map.of("quoted", scorer.boundaryErrors(QuoteScorer.QUOTED), "unquoted", scorer.boundaryErrors(QuoteScorer.UNQUOTED)),
        scorer.missed(),
        scorer.spurious(),
        scorer.wrongSpeakers());
  }

  private static List<String> notes() {
    return List.of(
        "Gold: the first annotator of each article (PolNeAR's agreement articles have several); attributions without content are left out.",
        "A prediction matches a gold attribution when the Dice overlap of their contents' letters and digits is at least "
            + QuoteScorer.MATCH_DICE + " (quotation marks, punctuation and how a content is split do not count); one-to-one, best overlap first. "
            + "Exact: the same letters and digits.",
        "Quoted: at least " + (int) (QuotedText.QUOTED_SHARE * 100) + "% of the content's letters and digits are inside quotation marks; "
            + "each side is classed by its own content.",
        "Speaker accuracy: over matched gold attributions that have a source; right when the predicted speaker's span overlaps the gold source.",
        "Dossier's partial quotes inside another of its quotes belong to that attribution and are not scored separately.",
        "Time: wall clock on one thread after the models loaded; Dossier's includes its whole pipeline (tokens, mentions, entities, dates, quotes).");
  }
}
