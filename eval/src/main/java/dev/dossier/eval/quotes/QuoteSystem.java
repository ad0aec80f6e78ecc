package dev.dossier.eval.quotes;

import java.util.List;

/** A system whose quotes are evaluated: Dossier's pipeline or the CoreNLP baseline. */
interface QuoteSystem {

  String name();

  /** What exactly runs, for the report. */
  String description();

  /** Loads the models, so that loading is timed apart from finding quotes. */
  void load();

  /** The quotes the system finds in the article's text. */
  List<PredictedQuote> quotes(PolnearArticle article);
}
