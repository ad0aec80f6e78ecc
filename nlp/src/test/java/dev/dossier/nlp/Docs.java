package dev.dossier.nlp;

import dev.dossier.core.Article;
import dev.dossier.core.Doc;
import dev.dossier.core.Pipeline;
import java.time.LocalDate;
import java.util.List;

/** Builds documents from real news text for the stage tests. */
final class Docs {

  static final Pipeline PIPELINE = NlpPipeline.standard();

  private Docs() {}

  static Article article(String text, LocalDate published) {
    return new Article("test", null, "", published, null, text, List.of(), "test", "hash");
  }

  static Doc analyse(String text, LocalDate published) {
    return PIPELINE.process(article(text, published));
  }

  static Doc analyse(String text) {
    return analyse(text, null);
  }
}
