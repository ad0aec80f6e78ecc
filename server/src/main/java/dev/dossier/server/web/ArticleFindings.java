package dev.dossier.server.web;

import dev.dossier.core.ReusedPassage;
import dev.dossier.engine.Engine;
import dev.dossier.engine.Recycling;
import dev.dossier.store.EventInstance;
import dev.dossier.store.QuoteQuery;
import dev.dossier.store.StoredEvent;
import dev.dossier.store.StoredArticle;
import dev.dossier.store.StoredQuote;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the engine found about one article beyond its own layers, read once for one page: its
 * quotes, its events, and what the cross-document step found (reuse, story, quality) with the articles its
 * passages come from. Reading the reuse aligns each passage with its source, so the text's marks
 * and the page's sections share one reading. Not thread-safe: one per request.
 */
final class ArticleFindings {

  private final Engine engine;
  private final StoredArticle stored;
  private List<StoredQuote> quotes;
  private List<StoredEvent> events;
  private final Map<String, Optional<EventInstance>> instances = new HashMap<>();
  private Recycling recycling;
  private Map<String, Optional<StoredArticle>> sources;

  ArticleFindings(Engine engine, StoredArticle stored) {
    this.engine = engine;
    this.stored = stored;
  }

  StoredArticle stored() {
    return stored;
  }

  /** Its quotes in text order, speakers by resolved entity id. */
  List<StoredQuote> quotes() {
    if (quotes == null) {
      quotes = engine.quotes(QuoteQuery.inArticle(stored.id()));
    }
    return quotes;
  }

  /** Its events in text order, actors by resolved entity id. */
  List<StoredEvent> events() {
    if (events == null) {
      events = engine.articleEvents(stored.id());
    }
    return events;
  }

  /** The event instance with this id (for its mention counts), or empty. */
  Optional<EventInstance> instance(String id) {
    return instances.computeIfAbsent(id, engine::event);
  }

  Recycling recycling() {
    if (recycling == null) {
      recycling = engine.recycling(stored);
    }
    return recycling;
  }

  /** The stored article a passage comes from, or empty if it is no longer stored. */
  Optional<StoredArticle> source(String articleId) {
    if (sources == null) {
      sources = new LinkedHashMap<>();
      for (ReusedPassage passage : recycling().reuse()) {
        sources.computeIfAbsent(passage.sourceArticle(), engine::article);
      }
    }
    return sources.computeIfAbsent(articleId, engine::article);
  }

  /** A source's title for people: its title, or its id if it has none or is gone. */
  String sourceTitle(String articleId) {
    return source(articleId).map(article -> article.article().title()).filter(title -> !title.isBlank()).orElse(articleId);
  }
}
