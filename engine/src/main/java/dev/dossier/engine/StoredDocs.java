package dev.dossier.engine;

import dev.dossier.core.Doc;
import dev.dossier.core.Entity;
import dev.dossier.core.EntityLink;
import dev.dossier.core.Layers;
import dev.dossier.core.Mention;
import dev.dossier.core.Producer;
import dev.dossier.core.Quote;
import dev.dossier.core.Speaker;
import dev.dossier.resolve.Resolver;
import dev.dossier.resolve.sanctions.SanctionsScreener;
import dev.dossier.store.QuoteQuery;
import dev.dossier.store.Store;
import dev.dossier.store.StoredArticle;
import dev.dossier.store.StoredEventLayer;
import dev.dossier.store.StoredQuote;
import dev.dossier.store.StoredResolution;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stored article as a document again: its own entities (not the resolved ones the store
 * aggregates), its links and sanctions hits, its dates, its quotes and its events with their
 * instance links. What {@code show --format json} prints, and what a correction or a rebuild
 * rewrites: a layer left out here would be lost from the store when the article is rewritten; a
 * rewrite keeps each event in the instance it was merged into.
 *
 * <p>The store keeps a quote's speaker by resolved id (so that queries by entity find it in every
 * article), while the layer refers to in-article entities: the speaker is translated back through
 * the links the quote rows were written with, to the in-article entity linked to that resolved
 * entity (the one named where the speaker is, if several are).
 */
final class StoredDocs {

  private StoredDocs() {}

  /** The stored article with everything the store keeps of it. */
  static Doc toDoc(Store store, StoredArticle stored) {
    return toDoc(store, stored, store.resolved().resolution(stored.id()));
  }

  /** {@link #toDoc(Store, StoredArticle)} with the article's resolution already read. */
  static Doc toDoc(Store store, StoredArticle stored, StoredResolution resolution) {
    Doc doc;
    if (resolution.isEmpty()) {
      doc = stored.toDoc();
    } else {
      doc = Doc.of(stored.article());
      Producer entities = stored.producers().getOrDefault(Layers.ENTITIES.name(), new Producer("entities", 1));
      doc = doc.with(Layers.ENTITIES, resolution.entities(), entities);
      doc = doc.with(Layers.LINKS, resolution.links(), Resolver.PRODUCER);
      doc = doc.with(Layers.SANCTIONS, resolution.sanctions(), SanctionsScreener.PRODUCER);
      Producer dates = stored.producers().get(Layers.DATES.name());
      if (dates != null) {
        doc = doc.with(Layers.DATES, stored.dates(), dates);
      }
    }
    Producer quotes = stored.producers().get(Layers.QUOTES.name());
    if (quotes != null) {
      List<Quote> layer = new ArrayList<>();
      for (StoredQuote quote : store.quotes(QuoteQuery.inArticle(stored.id()))) {
        layer.add(resolution.isEmpty() ? quote.quote() : withLocalSpeaker(quote.quote(), resolution));
      }
      doc = doc.with(Layers.QUOTES, layer, quotes);
    }
    Optional<StoredEventLayer> events = store.events().layer(stored.id());
    if (events.isPresent()) {
      doc = doc.with(Layers.EVENTS, events.get().events(), events.get().producer());
      if (!events.get().links().isEmpty()) {
        doc = doc.with(Layers.EVENT_LINKS, events.get().links(), EventInstances.PRODUCER);
      }
    }
    return doc;
  }

  /** The quote with its speaker's resolved id translated back to the article's own entity id. */
  private static Quote withLocalSpeaker(Quote quote, StoredResolution resolution) {
    Speaker speaker = quote.speaker();
    if (speaker == null || speaker.entity() == null) {
      return quote;
    }
    Map<String, Entity> locals = new LinkedHashMap<>();
    resolution.entities().forEach(local -> locals.put(local.id(), local));
    String chosen = null;
    for (EntityLink link : resolution.links()) {
      Entity local = locals.get(link.entityId());
      if (local == null || !link.resolvedId().equals(speaker.entity()) || link.method().equals(EntityLink.DELETED)) {
        continue;
      }
      if (chosen == null || namedAt(local, speaker)) {
        chosen = local.id();
      }
    }
    if (chosen == null) {
      return quote;
    }
    Speaker local = new Speaker(speaker.name(), chosen, speaker.anonymous(), speaker.description(), speaker.span());
    return new Quote(quote.span(), quote.parts(), quote.text(), quote.kind(), local, quote.cue(), quote.cueText(), quote.addressee());
  }

  private static boolean namedAt(Entity local, Speaker speaker) {
    for (Mention mention : local.mentions()) {
      if (mention.span().start() < speaker.span().end() && speaker.span().start() < mention.span().end()) {
        return true;
      }
    }
    return false;
  }
}
