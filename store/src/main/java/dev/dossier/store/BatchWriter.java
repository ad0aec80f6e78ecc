package dev.dossier.store;

import dev.dossier.core.Article;
import dev.dossier.core.DateMention;
import dev.dossier.core.Doc;
import dev.dossier.core.Entity;
import dev.dossier.core.EntityLinks;
import dev.dossier.core.EntityType;
import dev.dossier.core.Layer;
import dev.dossier.core.Layers;
import dev.dossier.core.Mention;
import dev.dossier.core.Producer;
import dev.dossier.core.Removal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes one batch to the database in one transaction: the commit point of {@link Store#commit}.
 *
 * <p>A changed article is deleted first, which cascades to all its annotation rows, then inserted
 * afresh, so no mention or date of its old version survives. {@link EntityAggregator} subtracts
 * what the old version contributed to the store-wide entities and adds what the new one does.
 */
final class BatchWriter {

  /**
   * What a batch will change.
   *
   * @param statuses each document's id and how it compares with the stored article
   * @param toWrite the new and changed documents, in batch order
   */
  record Plan(Map<String, ArticleStatus> statuses, List<Doc> toWrite) {}

  /** The layers the store keeps; tokens, sentences and raw mentions are not stored. */
  static final List<Layer<?>> STORED_LAYERS = List.of(Layers.ENTITIES, Layers.DATES, Layers.QUOTES, Layers.EVENTS);

  private final Connection connection;

  /** @param connection the writer connection, with auto-commit off */
  BatchWriter(Connection connection) {
    this.connection = connection;
  }

  /**
   * Compares the documents (with distinct ids) with the stored articles, inside the writer's
   * transaction. A document with the stored content hash is still {@link ArticleStatus#CHANGED} if
   * its layers were written by other stages or stage versions than the stored ones, so a document
   * re-analysed by a newer stage replaces its old annotations.
   */
  Plan plan(Collection<Doc> docs) throws SQLException {
    return plan(docs, false);
  }

  /** {@link #plan(Collection)}, or with {@code force} every stored document counted as changed and rewritten. */
  Plan plan(Collection<Doc> docs, boolean force) throws SQLException {
    Map<String, String> stored = ArticleReader.contentHashes(connection, docs.stream().map(Doc::id).toList());
    List<String> sameText = docs.stream().filter(doc -> doc.article().contentHash().equals(stored.get(doc.id()))).map(Doc::id).toList();
    Map<String, Map<String, String>> storedLayers = ArticleReader.layerProducers(connection, sameText);
    Map<String, ArticleStatus> statuses = new LinkedHashMap<>();
    List<Doc> toWrite = new ArrayList<>();
    for (Doc doc : docs) {
      ArticleStatus status = ArticleReader.compare(stored.get(doc.id()), doc.article().contentHash());
      if (status == ArticleStatus.UNCHANGED && (force || !storedLayers.getOrDefault(doc.id(), Map.of()).equals(producers(doc)))) {
        status = ArticleStatus.CHANGED;
      }
      statuses.put(doc.id(), status);
      if (status != ArticleStatus.UNCHANGED) {
        toWrite.add(doc);
      }
    }
    return new Plan(statuses, toWrite);
  }

  /** The stored layers the document has, by name, with the stage that wrote each. */
  private static Map<String, String> producers(Doc doc) {
    Map<String, String> producers = new HashMap<>();
    for (Layer<?> layer : STORED_LAYERS) {
      if (doc.has(layer)) {
        producers.put(layer.name(), producer(doc, layer));
      }
    }
    return producers;
  }

  /** Ends the transaction {@link #plan} began when there is nothing to write. */
  void abandon() throws SQLException {
    connection.rollback();
  }

  /**
   * Writes and commits the batch, or rolls back and rethrows: nothing of a failed batch remains.
   *
   * @param seq the batch's sequence number, one more than the last committed one
   * @param docs the documents to write (new or changed), with distinct ids
   */
  void write(long seq, Instant at, List<Doc> docs, List<IngestLogEntry> log, Map<String, Set<String>> keys) throws SQLException {
    try {
      try (PreparedStatement batch = connection.prepareStatement("INSERT INTO batches (seq, committed_at, articles, log_entries) VALUES (?, ?, ?, ?)")) {
        batch.setLong(1, seq);
        batch.setLong(2, at.toEpochMilli());
        batch.setInt(3, docs.size());
        batch.setInt(4, log.size());
        batch.executeUpdate();
      }
      EntityAggregator aggregator = new EntityAggregator(seq);
      Set<String> previousEvents = EventWriter.instancesOf(connection, docs.stream().map(Doc::id).toList());
      writeArticles(seq, docs, aggregator);
      aggregator.apply(connection);
      ResolutionWriter resolution = new ResolutionWriter(connection);
      resolution.write(docs, keys);
      new EventWriter(connection).write(docs, previousEvents);
      writeLog(seq, log);
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      try {
        connection.rollback();
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      throw e;
    }
  }

  /** Writes the articles, telling the aggregator what each adds and what its old version took away. */
  private void writeArticles(long seq, List<Doc> docs, EntityAggregator aggregator) throws SQLException {
    try (PreparedStatement previous = connection.prepareStatement("SELECT entity_id, name, type, mention_count FROM article_entities WHERE article_id = ?");
        PreparedStatement previousAliases = connection.prepareStatement("SELECT entity_id, alias FROM article_entity_aliases WHERE article_id = ?");
        PreparedStatement delete = connection.prepareStatement("DELETE FROM articles WHERE id = ?");
        PreparedStatement articles =
            connection.prepareStatement(
                "INSERT INTO articles (id, url, title, published, source, text, origin, content_hash, batch) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement removals = connection.prepareStatement("INSERT INTO removals (article_id, ord, text, reason, at) VALUES (?, ?, ?, ?, ?)");
        PreparedStatement layers = connection.prepareStatement("INSERT INTO article_layers (article_id, layer, producer) VALUES (?, ?, ?)");
        PreparedStatement entities =
            connection.prepareStatement(
                "INSERT INTO article_entities (article_id, entity_id, ord, name, type, mention_count, published, producer) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement aliases = connection.prepareStatement("INSERT OR IGNORE INTO article_entity_aliases (article_id, entity_id, alias) VALUES (?, ?, ?)");
        PreparedStatement mentions =
            connection.prepareStatement(
                "INSERT INTO mentions (article_id, entity_id, ord, start_offset, end_offset, text, type, producer) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement dates =
            connection.prepareStatement(
                "INSERT INTO dates (article_id, ord, start_offset, end_offset, text, value, producer) VALUES (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement quotes = connection.prepareStatement(QuoteRows.INSERT)) {
      for (Doc doc : docs) {
        Article article = doc.article();
        String id = article.id();
        forgetPrevious(id, previous, previousAliases, aggregator);
        delete.setString(1, id);
        delete.executeUpdate();

        articles.setString(1, id);
        setNullable(articles, 2, article.url());
        articles.setString(3, article.title());
        setNullable(articles, 4, article.published() == null ? null : article.published().toString());
        setNullable(articles, 5, article.source());
        articles.setString(6, article.text());
        articles.setString(7, article.origin());
        articles.setString(8, article.contentHash());
        articles.setLong(9, seq);
        // Executed at once, not batched: the annotation rows below refer to it.
        articles.executeUpdate();

        int ord = 0;
        for (Removal removal : article.removed()) {
          removals.setString(1, id);
          removals.setInt(2, ord++);
          removals.setString(3, removal.text());
          removals.setString(4, removal.reason());
          removals.setInt(5, removal.at());
          removals.addBatch();
        }
        for (Layer<?> layer : STORED_LAYERS) {
          addLayer(layers, doc, layer);
        }
        if (doc.has(Layers.ENTITIES)) {
          String producer = producer(doc, Layers.ENTITIES);
          int entityOrd = 0;
          for (Entity entity : distinct(EntityLinks.resolved(doc))) {
            aggregator.add(entity);
            entities.setString(1, id);
            entities.setString(2, entity.id());
            entities.setInt(3, entityOrd++);
            entities.setString(4, entity.name());
            entities.setString(5, entity.type().name());
            entities.setInt(6, entity.mentions().size());
            setNullable(entities, 7, article.published() == null ? null : article.published().toString());
            entities.setString(8, producer);
            entities.addBatch();
            for (String alias : entity.aliases()) {
              aliases.setString(1, id);
              aliases.setString(2, entity.id());
              aliases.setString(3, alias);
              aliases.addBatch();
            }
            int mentionOrd = 0;
            for (Mention mention : entity.mentions()) {
              mentions.setString(1, id);
              mentions.setString(2, entity.id());
              mentions.setInt(3, mentionOrd++);
              mentions.setInt(4, mention.span().start());
              mentions.setInt(5, mention.span().end());
              mentions.setString(6, mention.text());
              mentions.setString(7, mention.type().name());
              mentions.setString(8, producer);
              mentions.addBatch();
            }
          }
        }
        if (doc.has(Layers.DATES)) {
          String producer = producer(doc, Layers.DATES);
          int dateOrd = 0;
          for (DateMention date : doc.get(Layers.DATES)) {
            dates.setString(1, id);
            dates.setInt(2, dateOrd++);
            dates.setInt(3, date.span().start());
            dates.setInt(4, date.span().end());
            dates.setString(5, date.text());
            dates.setString(6, date.value());
            dates.setString(7, producer);
            dates.addBatch();
          }
        }
        if (doc.has(Layers.QUOTES)) {
          QuoteRows.add(quotes, doc, producer(doc, Layers.QUOTES));
        }
      }
      // Parents before children, as the foreign keys require.
      removals.executeBatch();
      layers.executeBatch();
      entities.executeBatch();
      aliases.executeBatch();
      mentions.executeBatch();
      dates.executeBatch();
      quotes.executeBatch();
    }
  }

  /** Tells the aggregator which entities, names and mentions the stored version of an article counted. */
  private static void forgetPrevious(String id, PreparedStatement previous, PreparedStatement previousAliases, EntityAggregator aggregator)
      throws SQLException {
    Map<String, List<String>> aliases = new HashMap<>();
    previousAliases.setString(1, id);
    try (ResultSet rows = previousAliases.executeQuery()) {
      while (rows.next()) {
        aliases.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2));
      }
    }
    previous.setString(1, id);
    try (ResultSet rows = previous.executeQuery()) {
      while (rows.next()) {
        String entityId = rows.getString(1);
        aggregator.remove(entityId, rows.getString(2), EntityType.valueOf(rows.getString(3)), rows.getInt(4), aliases.getOrDefault(entityId, List.of()));
      }
    }
  }

  private static void addLayer(PreparedStatement layers, Doc doc, Layer<?> layer) throws SQLException {
    if (doc.has(layer)) {
      layers.setString(1, doc.id());
      layers.setString(2, layer.name());
      layers.setString(3, producer(doc, layer));
      layers.addBatch();
    }
  }

  private static String producer(Doc doc, Layer<?> layer) {
    return doc.producer(layer).map(Producer::toString).orElseThrow();
  }

  /**
   * The entities with duplicate ids merged. A well-behaved stage gives each id once per article; a
   * duplicate is merged (first name kept, aliases unioned, mentions combined in text order) rather
   * than failing the whole batch over one article.
   */
  static Collection<Entity> distinct(List<Entity> entities) {
    Map<String, Entity> byId = new LinkedHashMap<>();
    for (Entity entity : entities) {
      byId.merge(entity.id(), entity, BatchWriter::merge);
    }
    return byId.values();
  }

  private static Entity merge(Entity first, Entity second) {
    Set<String> aliases = new TreeSet<>(first.aliases());
    aliases.addAll(second.aliases());
    aliases.add(second.name());
    aliases.remove(first.name());
    List<Mention> mentions = new ArrayList<>(first.mentions());
    mentions.addAll(second.mentions());
    mentions.sort(Comparator.comparing(Mention::span));
    return new Entity(first.id(), first.name(), first.type(), List.copyOf(aliases), mentions);
  }

  private void writeLog(long seq, List<IngestLogEntry> log) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO ingest_log (batch, input, article_id, status, code, message, at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (IngestLogEntry entry : log) {
        insert.setLong(1, seq);
        insert.setString(2, entry.input());
        setNullable(insert, 3, entry.articleId());
        insert.setString(4, entry.status().name());
        setNullable(insert, 5, entry.code());
        setNullable(insert, 6, entry.message());
        insert.setLong(7, entry.at().toEpochMilli());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, value);
    }
  }
}
