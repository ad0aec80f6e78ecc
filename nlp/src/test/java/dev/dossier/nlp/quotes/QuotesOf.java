package dev.dossier.nlp.quotes;

import dev.dossier.core.Article;
import dev.dossier.core.Doc;
import dev.dossier.core.Layers;
import dev.dossier.core.Pipeline;
import dev.dossier.core.Quote;
import dev.dossier.nlp.NlpPipeline;
import java.util.List;

/**
 * Runs the standard pipeline on one text as a whole article, the way every quote test reads a
 * sentence: one pipeline per test process (its models load once), and the same article fields
 * throughout.
 */
final class QuotesOf {

  private static final Pipeline PIPELINE = NlpPipeline.standard();

  private QuotesOf() {}

  /** The text analysed by every stage of the standard pipeline. */
  static Doc analysed(String text) {
    return PIPELINE.process(new Article("test", null, "", null, null, text, List.of(), "test", "hash"));
  }

  /** The quotes the quote stage finds in the text, in text order. */
  static List<Quote> text(String text) {
    return analysed(text).get(Layers.QUOTES);
  }

  /**
   * The attributions the quote stage finds before its keep model decides, in text order: for tests
   * of a content's bounds or speaker where the keep model leaves the attribution out as the rival of
   * another that claims the same words.
   */
  static List<Quote> beforeKeep(String text) {
    return KeepFeatures.reviewed(analysed(text)).stream().map(ReviewedQuote::quote).toList();
  }
}
