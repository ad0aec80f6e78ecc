package dev.dossier.eval.quotes;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.core.Span;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The baseline: CoreNLP's {@code quote} annotator with attribution ({@code quote.attributeQuotes},
 * the sieves of Muzny et al. 2017), which needs {@code tokenize,ssplit,pos,lemma,ner,depparse,coref}
 * before it; default properties otherwise. It finds quotes in quotation marks only; the speaker
 * span is the mention it links the quote to. It needs about 5 GB of heap (coreference).
 */
final class CoreNlpQuotes implements QuoteSystem {

  /** The heap below which the baseline's coreference models are likely to run out of memory. */
  static final long MIN_HEAP = 4_500L * 1024 * 1024;

  /**
   * CoreNLP's fast neural coreference: the statistical default (all mention pairs of a long
   * article) took over 55 minutes on the 84 dev articles on a shared 2-core machine.
   */
  static final String COREF_ALGORITHM = "fastneural";

  private StanfordCoreNLP pipeline;

  @Override
  public String name() {
    return "corenlp-quote";
  }

  @Override
  public String description() {
    return "CoreNLP 4.5.10 tokenize,ssplit,pos,lemma,ner,depparse,coref,quote with quote.attributeQuotes=true, coref.algorithm=" + COREF_ALGORITHM;
  }

  @Override
  public synchronized void load() {
    if (pipeline != null) {
      return;
    }
    long heap = Runtime.getRuntime().maxMemory();
    if (heap < MIN_HEAP) {
      throw new DossierException(
          ErrorCode.BAD_ARGUMENT,
          "the CoreNLP quote baseline needs about 5 GB of heap (coreference), this JVM has " + heap / (1024 * 1024)
              + " MB: rerun with DOSSIER_HEAP=8g, or add --no-baseline");
    }
    RedwoodConfiguration.current().clear().apply();
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    properties.setProperty("quote.attributeQuotes", "true");
    properties.setProperty("coref.algorithm", COREF_ALGORITHM);
    try {
      pipeline = new StanfordCoreNLP(properties);
    } catch (RuntimeException | LinkageError e) {
      throw new DossierException(ErrorCode.NO_MODELS, "cannot load CoreNLP's quote pipeline: " + e, e);
    }
  }

  @Override
  public List<PredictedQuote> quotes(PolnearArticle article) {
    load();
    Annotation annotation = new Annotation(article.text());
    pipeline.annotate(annotation);
    List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    List<PredictedQuote> predictions = new ArrayList<>();
    List<CoreMap> quotes = annotation.get(CoreAnnotations.QuotationsAnnotation.class);
    if (quotes == null) {
      return predictions;
    }
    for (CoreMap quote : quotes) {
      int start = quote.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = quote.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      Span speaker = null;
      Integer mentionBegin = quote.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
      Integer mentionEnd = quote.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
      if (mentionBegin != null && mentionEnd != null && mentionBegin >= 0 && mentionEnd < tokens.size() && mentionBegin <= mentionEnd) {
        speaker = new Span(tokens.get(mentionBegin).beginPosition(), tokens.get(mentionEnd).endPosition());
      }
      predictions.add(new PredictedQuote(List.of(new Span(start, end)), speaker, quote.get(QuoteAttributionAnnotator.SpeakerAnnotation.class), "quote", null));
    }
    return predictions;
  }
}
