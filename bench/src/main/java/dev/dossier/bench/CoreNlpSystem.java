package dev.dossier.bench;

import dev.dossier.core.Article;
import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.List;
import java.util.Properties;

/**
 * The baseline: CoreNLP's default English pipeline, {@code tokenize,ssplit,pos,lemma,ner} with
 * default properties, given each article's publication date as the document date (SUTime anchors
 * relative dates on it, as Dossier's date stage does). One pipeline object serves every thread,
 * as CoreNLP's own multi-threaded {@code annotate} does.
 */
final class CoreNlpSystem implements BenchSystem {

  private StanfordCoreNLP pipeline;

  @Override
  public String name() {
    return "corenlp";
  }

  @Override
  public String description() {
    return "CoreNLP 4.5.10 default pipeline tokenize,ssplit,pos,lemma,ner (default properties, document date = publication date)";
  }

  @Override
  public synchronized void load() {
    if (pipeline != null) {
      return;
    }
    // CoreNLP logs every model it loads; the benchmark reports its own progress.
    RedwoodConfiguration.current().clear().apply();
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    try {
      pipeline = new StanfordCoreNLP(properties);
    } catch (RuntimeException | LinkageError e) {
      throw new DossierException(ErrorCode.NO_MODELS, "cannot load CoreNLP's default pipeline: " + e, e);
    }
  }

  @Override
  public void process(Article article) {
    Annotation annotation = new Annotation(article.text());
    if (article.published() != null) {
      annotation.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
    }
    pipeline.annotate(annotation);
  }

  @Override
  public void resetStageTimes() {
    // CoreNLP's annotators are not timed one by one.
  }

  @Override
  public List<StageShare> stageShares(int articles) {
    return List.of();
  }
}
