package dev.dossier.eval.quotes;

import dev.dossier.core.Article;
import dev.dossier.core.Doc;
import dev.dossier.core.Layers;
import dev.dossier.core.Pipeline;
import dev.dossier.core.Quote;
import dev.dossier.core.QuoteKind;
import dev.dossier.nlp.NlpPipeline;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Dossier as the product runs: the standard pipeline (tokens, mentions, entities, dates, quotes)
 * on the article's text as given, so every span is an offset into the gold text. A partial quote
 * inside another quote Dossier found is part of that attribution, not one of its own, so it is not
 * scored separately.
 */
final class DossierQuotes implements QuoteSystem {

  private final Pipeline pipeline = NlpPipeline.standard();

  @Override
  public String name() {
    return "dossier";
  }

  @Override
  public String description() {
    return "Dossier NlpPipeline.standard(): " + String.join(" > ", pipeline.stages().stream().map(s -> s.producer().toString()).toList());
  }

  @Override
  public void load() {
    NlpPipeline.warmUp();
  }

  @Override
  public List<PredictedQuote> quotes(PolnearArticle article) {
    Doc doc = pipeline.process(new Article(article.name(), null, "", date(article.published()), null, article.text(), List.of(), "polnear", article.name()));
    List<Quote> quotes = doc.get(Layers.QUOTES);
    List<PredictedQuote> predictions = new ArrayList<>();
    for (Quote quote : quotes) {
      if (quote.kind() == QuoteKind.PARTIAL && quotes.stream().anyMatch(q -> q != quote && q.span().contains(quote.span()))) {
        continue;
      }
      predictions.add(new PredictedQuote(quote.parts(), quote.speaker() == null ? null : quote.speaker().span(),
          quote.speaker() == null ? null : quote.speaker().name(), quote.kind().label(),
          quote.cueText()));
    }
    return predictions;
  }

  private static LocalDate date(String text) {
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
