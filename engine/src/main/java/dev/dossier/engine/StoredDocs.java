package dev.dossier.engine;

import dev.dossier.core.Doc;
import dev.dossier.core.Layers;
import dev.dossier.core.Producer;
import dev.dossier.resolve.Resolver;
import dev.dossier.resolve.sanctions.SanctionsScreener;
import dev.dossier.store.StoredArticle;
import dev.dossier.store.StoredEventLayer;
import dev.dossier.store.StoredResolution;
import java.util.Optional;

/**
 * A stored article as a document again: its own entities (not the resolved ones the store
 * aggregates), its links and sanctions hits, its dates, its events with their instance links. What
 * {@code show --format json} prints, and what a correction or a rebuild rewrites; a rewrite keeps
 * each event in the instance it was merged into.
 */
final class StoredDocs {

  private StoredDocs() {}

  static Doc toDoc(StoredArticle stored, StoredResolution resolution, Optional<StoredEventLayer> events) {
    Doc doc = toDoc(stored, resolution);
    if (events.isPresent()) {
      doc = doc.with(Layers.EVENTS, events.get().events(), events.get().producer());
      if (!events.get().links().isEmpty()) {
        doc = doc.with(Layers.EVENT_LINKS, events.get().links(), EventInstances.PRODUCER);
      }
    }
    return doc;
  }

  static Doc toDoc(StoredArticle stored, StoredResolution resolution) {
    if (resolution.isEmpty()) {
      return stored.toDoc();
    }
    Doc doc = Doc.of(stored.article());
    Producer entities = stored.producers().getOrDefault(Layers.ENTITIES.name(), new Producer("entities", 1));
    doc = doc.with(Layers.ENTITIES, resolution.entities(), entities);
    doc = doc.with(Layers.LINKS, resolution.links(), Resolver.PRODUCER);
    doc = doc.with(Layers.SANCTIONS, resolution.sanctions(), SanctionsScreener.PRODUCER);
    Producer dates = stored.producers().get(Layers.DATES.name());
    if (dates != null) {
      doc = doc.with(Layers.DATES, stored.dates(), dates);
    }
    return doc;
  }
}
