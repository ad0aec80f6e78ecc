package dev.dossier.store;

import dev.dossier.core.Article;
import dev.dossier.core.DateMention;
import dev.dossier.core.Doc;
import dev.dossier.core.Entity;
import dev.dossier.core.Layers;
import dev.dossier.core.Producer;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An article as the store holds it: metadata, cleaned text and removals (in {@link #article()}),
 * and the stored annotation layers with the stage that wrote each.
 *
 * <p>The entities are as this article named them (its canonical name and aliases for each, and its
 * mentions), not the store-wide aggregate that {@link Store#entity} reports.
 *
 * @param article the article, with its removals in text order
 * @param entities the article's entities in the order they were stored, each with its mentions in
 *     this article; empty if the layer was empty or not stored
 * @param dates the article's date expressions in text order
 * @param producers each stored layer's name ({@code entities}, {@code dates}) and the stage that
 *     wrote it; a layer the committed document did not have is absent
 * @param batch the sequence number of the batch that last wrote the article
 */
public record StoredArticle(
    Article article, List<Entity> entities, List<DateMention> dates, Map<String, Producer> producers, long batch) {

  public StoredArticle {
    Objects.requireNonNull(article, "article");
    entities = List.copyOf(entities);
    dates = List.copyOf(dates);
    producers = Collections.unmodifiableMap(new TreeMap<>(producers));
  }

  public String id() {
    return article.id();
  }

  /**
   * The document as it was committed: the article with its stored layers and their producers, so a
   * rebuild or export can run later stages on it without rerunning the earlier ones.
   */
  public Doc toDoc() {
    Doc doc = Doc.of(article);
    Producer entityProducer = producers.get(Layers.ENTITIES.name());
    if (entityProducer != null) {
      doc = doc.with(Layers.ENTITIES, entities, entityProducer);
    }
    Producer dateProducer = producers.get(Layers.DATES.name());
    if (dateProducer != null) {
      doc = doc.with(Layers.DATES, dates, dateProducer);
    }
    return doc;
  }
}
