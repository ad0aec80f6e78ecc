package dev.dossier.store;

import dev.dossier.core.Article;
import dev.dossier.core.DateMention;
import dev.dossier.core.DossierException;
import dev.dossier.core.Entity;
import dev.dossier.core.EntityType;
import dev.dossier.core.ErrorCode;
import dev.dossier.core.Mention;
import dev.dossier.core.Producer;
import dev.dossier.core.Removal;
import dev.dossier.core.Span;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Reads articles back from the database: one by id, all as a stream, or as index documents. */
final class ArticleReader {

  private static final String ARTICLE_COLUMNS = "id, url, title, published, source, text, origin, content_hash, batch";

  /** SQLite's default limit on bound parameters is far above this; chunks keep statements small. */
  private static final int CHUNK = 500;

  private ArticleReader() {}

  /** The stored content hash of each of the ids that is stored. */
  static Map<String, String> contentHashes(Connection connection, Collection<String> ids) throws SQLException {
    Map<String, String> hashes = new HashMap<>();
    forEachChunk(connection, "SELECT id, content_hash FROM articles WHERE id IN ", ids, rows -> hashes.put(rows.getString(1), rows.getString(2)));
    return hashes;
  }

  /** For each of the ids, its stored layers by name with the producer of each. */
  static Map<String, Map<String, String>> layerProducers(Connection connection, Collection<String> ids) throws SQLException {
    Map<String, Map<String, String>> layers = new HashMap<>();
    forEachChunk(
        connection,
        "SELECT article_id, layer, producer FROM article_layers WHERE article_id IN ",
        ids,
        rows -> layers.computeIfAbsent(rows.getString(1), k -> new HashMap<>()).put(rows.getString(2), rows.getString(3)));
    return layers;
  }

  /** A row handler that may fail as JDBC does. */
  @FunctionalInterface
  private interface RowHandler {
    void accept(ResultSet row) throws SQLException;
  }

  /** Runs {@code sql + "(?, ?, ...)"} over the ids in chunks, handing every row to the handler. */
  private static void forEachChunk(Connection connection, String sql, Collection<String> ids, RowHandler handler) throws SQLException {
    List<String> all = List.copyOf(ids);
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      try (PreparedStatement query = connection.prepareStatement(sql + "(" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          query.setString(i + 1, chunk.get(i));
        }
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            handler.accept(rows);
          }
        }
      }
    }
  }

  static ArticleStatus compare(String storedHash, String incomingHash) {
    if (storedHash == null) {
      return ArticleStatus.NEW;
    }
    return storedHash.equals(incomingHash) ? ArticleStatus.UNCHANGED : ArticleStatus.CHANGED;
  }

  static long lastBatch(Connection connection) throws SQLException {
    return single(connection, "SELECT coalesce(max(seq), 0) FROM batches");
  }

  static long count(Connection connection) throws SQLException {
    return single(connection, "SELECT count(*) FROM articles");
  }

  static long single(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  static List<String> idsAfterBatch(Connection connection, long batch) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement("SELECT id FROM articles WHERE batch > ? ORDER BY batch, rowid")) {
      query.setLong(1, batch);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
    }
    return ids;
  }

  static Set<String> ids(Connection connection) throws SQLException {
    Set<String> ids = new HashSet<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT id FROM articles")) {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    }
    return ids;
  }

  static Optional<StoredArticle> article(Connection connection, String id) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE id = ?");
        Loader loader = new Loader(connection)) {
      query.setString(1, id);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? Optional.of(loader.load(row)) : Optional.empty();
      }
    }
  }

  /**
   * Every stored article in id order, read in one snapshot on a connection of its own that is given
   * back when the stream is closed.
   */
  static Stream<StoredArticle> all(Database database) {
    Connection connection = database.borrow();
    try {
      Loader loader = new Loader(connection);
      PreparedStatement query = connection.prepareStatement("SELECT " + ARTICLE_COLUMNS + " FROM articles ORDER BY id");
      ResultSet rows = query.executeQuery();
      Iterator<StoredArticle> iterator =
          new Iterator<>() {
            private Boolean ahead;

            @Override
            public boolean hasNext() {
              if (ahead == null) {
                try {
                  ahead = rows.next();
                } catch (SQLException e) {
                  throw readFailure(database, e);
                }
              }
              return ahead;
            }

            @Override
            public StoredArticle next() {
              if (!hasNext()) {
                throw new NoSuchElementException();
              }
              ahead = null;
              try {
                return loader.load(rows);
              } catch (SQLException e) {
                throw readFailure(database, e);
              }
            }
          };
      return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false)
          .onClose(
              () -> {
                boolean healthy = true;
                try {
                  rows.close();
                  query.close();
                  loader.close();
                } catch (SQLException e) {
                  healthy = false;
                }
                database.release(connection, healthy);
              });
    } catch (SQLException e) {
      database.release(connection, false);
      throw readFailure(database, e);
    }
  }

  private static DossierException readFailure(Database database, SQLException e) {
    return new DossierException(ErrorCode.STORE_UNAVAILABLE, "cannot read " + database.file() + ": " + e.getMessage(), e);
  }

  /**
   * Hands every article written after {@code afterBatch}, and those named in {@code alsoIds}, to the
   * sink as index documents.
   *
   * @return how many were handed over
   */
  static int forEachIndexable(Connection connection, long afterBatch, Collection<String> alsoIds, Consumer<IndexedArticle> sink)
      throws SQLException {
    String columns = "SELECT id, title, text, published, source FROM articles";
    int count = 0;
    try (PreparedStatement entities = connection.prepareStatement("SELECT entity_id, type FROM article_entities WHERE article_id = ?");
        PreparedStatement quotes = connection.prepareStatement("SELECT text, speaker_entity, speaker_name FROM quotes WHERE article_id = ? ORDER BY start_offset");
        PreparedStatement byBatch = connection.prepareStatement(columns + " WHERE batch > ?");
        PreparedStatement byId = connection.prepareStatement(columns + " WHERE id = ? AND batch <= ?")) {
      byBatch.setLong(1, afterBatch);
      try (ResultSet rows = byBatch.executeQuery()) {
        while (rows.next()) {
          sink.accept(indexable(rows, entities, quotes));
          count++;
        }
      }
      // Ids already written above (batch > afterBatch) are skipped by the second condition.
      for (String id : alsoIds) {
        byId.setString(1, id);
        byId.setLong(2, afterBatch);
        try (ResultSet rows = byId.executeQuery()) {
          if (rows.next()) {
            sink.accept(indexable(rows, entities, quotes));
            count++;
          }
        }
      }
    }
    return count;
  }

  private static IndexedArticle indexable(ResultSet row, PreparedStatement entities, PreparedStatement quotes) throws SQLException {
    String id = row.getString(1);
    Set<String> ids = new LinkedHashSet<>();
    Set<EntityType> types = EnumSet.noneOf(EntityType.class);
    entities.setString(1, id);
    try (ResultSet rows = entities.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getString(1));
        types.add(EntityType.valueOf(rows.getString(2)));
      }
    }
    List<String> texts = new ArrayList<>();
    Set<String> speakerIds = new LinkedHashSet<>();
    Set<String> speakerNames = new LinkedHashSet<>();
    quotes.setString(1, id);
    try (ResultSet rows = quotes.executeQuery()) {
      while (rows.next()) {
        texts.add(rows.getString(1));
        if (rows.getString(2) != null) {
          speakerIds.add(rows.getString(2));
        }
        if (rows.getString(3) != null) {
          speakerNames.add(rows.getString(3));
        }
      }
    }
    return new IndexedArticle(id, row.getString(2), row.getString(3), date(row.getString(4)), row.getString(5), ids, types, texts, speakerIds, speakerNames);
  }

  static LocalDate date(String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }

  /** Prepared statements that load one article's removals and layers, reused across a stream. */
  private static final class Loader implements AutoCloseable {
    private final PreparedStatement removals;
    private final PreparedStatement layers;
    private final PreparedStatement entities;
    private final PreparedStatement aliases;
    private final PreparedStatement mentions;
    private final PreparedStatement dates;

    Loader(Connection connection) throws SQLException {
      removals = connection.prepareStatement("SELECT text, reason, at FROM removals WHERE article_id = ? ORDER BY ord");
      layers = connection.prepareStatement("SELECT layer, producer FROM article_layers WHERE article_id = ?");
      entities = connection.prepareStatement("SELECT entity_id, name, type FROM article_entities WHERE article_id = ? ORDER BY ord");
      aliases = connection.prepareStatement("SELECT entity_id, alias FROM article_entity_aliases WHERE article_id = ? ORDER BY entity_id, alias");
      mentions =
          connection.prepareStatement(
              "SELECT entity_id, start_offset, end_offset, text, type FROM mentions WHERE article_id = ? ORDER BY entity_id, ord");
      dates = connection.prepareStatement("SELECT start_offset, end_offset, text, value FROM dates WHERE article_id = ? ORDER BY ord");
    }

    /** Loads the article on the current row of a query of {@link #ARTICLE_COLUMNS}. */
    StoredArticle load(ResultSet row) throws SQLException {
      String id = row.getString("id");
      List<Removal> removed = new ArrayList<>();
      removals.setString(1, id);
      try (ResultSet rows = removals.executeQuery()) {
        while (rows.next()) {
          removed.add(new Removal(rows.getString(1), rows.getString(2), rows.getInt(3)));
        }
      }
      Article article =
          new Article(
              id,
              row.getString("url"),
              row.getString("title"),
              date(row.getString("published")),
              row.getString("source"),
              row.getString("text"),
              removed,
              row.getString("origin"),
              row.getString("content_hash"));
      Map<String, Producer> producers = new HashMap<>();
      layers.setString(1, id);
      try (ResultSet rows = layers.executeQuery()) {
        while (rows.next()) {
          producers.put(rows.getString(1), Producer.parse(rows.getString(2)));
        }
      }
      return new StoredArticle(article, entities(id), dates(id), producers, row.getLong("batch"));
    }

    private List<Entity> entities(String id) throws SQLException {
      Map<String, List<String>> aliasesById = new HashMap<>();
      aliases.setString(1, id);
      try (ResultSet rows = aliases.executeQuery()) {
        while (rows.next()) {
          aliasesById.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2));
        }
      }
      Map<String, List<Mention>> mentionsById = new HashMap<>();
      mentions.setString(1, id);
      try (ResultSet rows = mentions.executeQuery()) {
        while (rows.next()) {
          mentionsById
              .computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
              .add(new Mention(new Span(rows.getInt(2), rows.getInt(3)), rows.getString(4), EntityType.valueOf(rows.getString(5))));
        }
      }
      Map<String, Entity> result = new LinkedHashMap<>();
      entities.setString(1, id);
      try (ResultSet rows = entities.executeQuery()) {
        while (rows.next()) {
          String entityId = rows.getString(1);
          result.put(
              entityId,
              new Entity(
                  entityId,
                  rows.getString(2),
                  EntityType.valueOf(rows.getString(3)),
                  aliasesById.getOrDefault(entityId, List.of()),
                  mentionsById.getOrDefault(entityId, List.of())));
        }
      }
      return List.copyOf(result.values());
    }

    private List<DateMention> dates(String id) throws SQLException {
      List<DateMention> result = new ArrayList<>();
      dates.setString(1, id);
      try (ResultSet rows = dates.executeQuery()) {
        while (rows.next()) {
          result.add(new DateMention(new Span(rows.getInt(1), rows.getInt(2)), rows.getString(3), rows.getString(4)));
        }
      }
      return result;
    }

    @Override
    public void close() throws SQLException {
      for (PreparedStatement statement : List.of(removals, layers, entities, aliases, mentions, dates)) {
        statement.close();
      }
    }
  }
}
