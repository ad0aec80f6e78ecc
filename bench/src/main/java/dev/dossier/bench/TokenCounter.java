package dev.dossier.bench;

import dev.dossier.core.Article;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.List;
import java.util.Properties;

/**
 * Counts tokens the one way both systems are measured by: CoreNLP's {@code tokenize} annotator
 * with default properties, the tokenizer of CoreNLP's default pipeline. Counting happens before
 * timing starts and is not part of either system's time.
 */
final class TokenCounter {

  private TokenCounter() {}

  static long count(List<Article> articles) {
    RedwoodConfiguration.current().clear().apply();
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize");
    StanfordCoreNLP tokenizer = new StanfordCoreNLP(properties);
    long tokens = 0;
    for (Article article : articles) {
      Annotation annotation = new Annotation(article.text());
      tokenizer.annotate(annotation);
      tokens += annotation.get(CoreAnnotations.TokensAnnotation.class).size();
    }
    return tokens;
  }
}
