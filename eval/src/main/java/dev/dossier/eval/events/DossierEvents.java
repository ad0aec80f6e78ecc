package dev.dossier.eval.events;

import dev.dossier.core.Article;
import dev.dossier.core.Doc;
import dev.dossier.core.Event;
import dev.dossier.core.Layers;
import dev.dossier.core.Pipeline;
import dev.dossier.nlp.NlpPipeline;
import java.util.List;

/**
 * Dossier as the product runs: the standard pipeline on each gold sentence as an article of its
 * own, published on the record's date, so relative dates read as the annotators read them.
 */
final class DossierEvents {

  private final Pipeline pipeline = NlpPipeline.standard();

  String description() {
    return "Dossier NlpPipeline.standard(): " + String.join(" > ", pipeline.stages().stream().map(s -> s.producer().toString()).toList());
  }

  void load() {
    NlpPipeline.warmUp();
  }

  List<Event> events(GoldRecord record) {
    Doc doc = pipeline.process(new Article(record.id(), null, "", record.date(), null, record.text(), List.of(), "eval", record.id()));
    return doc.get(Layers.EVENTS);
  }
}
