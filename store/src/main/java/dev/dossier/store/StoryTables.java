package dev.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The story, feature-frequency, counter and quality tables ({@link RecyclingSchema}) on one
 * connection. Not thread-safe; used inside one transaction of {@link RecyclingTables}.
 */
public final class StoryTables {

  /**
   * A story's membership record of one article.
   *
   * @param storyId the story
   * @param similarity how close the article was to the story when it joined
   */
  public record Membership(long storyId, double similarity) {}

  /**
   * The stored quality signals of one article that do not depend on other articles.
   *
   * @param sentences how many body sentences the order measure looked at
   * @param incoherence the sentence-order incoherence, or {@code null} if there were too few
   * @param producer the step and version that computed it
   */
  public record QualityRow(int sentences, Double incoherence, String producer) {}

  private final Connection connection;
  private final StatementCache statements;

  StoryTables(Connection connection) {
    this.connection = connection;
    this.statements = new StatementCache(connection);
  }

  private PreparedStatement statement(String sql) throws SQLException {
    return statements.get(sql);
  }

  /** A counter of {@code recycling_state}, 0 if never set. */
  public long counter(String key) throws SQLException {
    PreparedStatement query = statement("SELECT value FROM recycling_state WHERE key = ?");
    query.setString(1, key);
    try (ResultSet row = query.executeQuery()) {
      return row.next() ? row.getLong(1) : 0;
    }
  }

  public void setCounter(String key, long value) throws SQLException {
    PreparedStatement upsert = statement("INSERT INTO recycling_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    upsert.setString(1, key);
    upsert.setLong(2, value);
    upsert.executeUpdate();
  }

  /** In how many articles each of the features occurs; absent features occur in none. */
  public Map<String, Integer> documentFrequencies(Collection<String> features) throws SQLException {
    Map<String, Integer> df = new HashMap<>();
    PreparedStatement query = statement("SELECT df FROM term_df WHERE term = ?");
    for (String feature : features) {
      query.setString(1, feature);
      try (ResultSet row = query.executeQuery()) {
        if (row.next()) {
          df.put(feature, row.getInt(1));
        }
      }
    }
    return df;
  }

  /** Adds {@code delta} (1 or -1) to the frequency of each feature. */
  public void addDocumentFrequencies(Collection<String> features, int delta) throws SQLException {
    PreparedStatement upsert = statement("INSERT INTO term_df (term, df) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df");
    for (String feature : features) {
      upsert.setString(1, feature);
      upsert.setInt(2, delta);
      upsert.addBatch();
    }
    upsert.executeBatch();
    if (delta < 0) {
      statement("DELETE FROM term_df WHERE df <= 0").executeUpdate();
    }
  }

  /** The stories most recently changed that have the feature among their strongest, newest first. */
  public List<Long> recentStoriesWith(String feature, int limit) throws SQLException {
    PreparedStatement query = statement("SELECT story_id FROM story_terms WHERE term = ? ORDER BY seq DESC LIMIT ?");
    query.setString(1, feature);
    query.setInt(2, limit);
    List<Long> ids = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
    }
    return ids;
  }

  /** A story's centroid: its strongest features with their summed weights. */
  public Map<String, Double> storyTerms(long storyId) throws SQLException {
    return weights("SELECT term, weight FROM story_terms WHERE story_id = ?", storyId);
  }

  public void replaceStoryTerms(long storyId, Map<String, Double> terms, long seq) throws SQLException {
    PreparedStatement delete = statement("DELETE FROM story_terms WHERE story_id = ?");
    delete.setLong(1, storyId);
    delete.executeUpdate();
    PreparedStatement insert = statement("INSERT INTO story_terms (story_id, term, weight, seq) VALUES (?, ?, ?, ?)");
    for (Map.Entry<String, Double> term : terms.entrySet()) {
      insert.setLong(1, storyId);
      insert.setString(2, term.getKey());
      insert.setDouble(3, term.getValue());
      insert.setLong(4, seq);
      insert.addBatch();
    }
    insert.executeBatch();
  }

  /** An article's strongest features as the story step weighed them. */
  public Map<String, Double> articleTerms(String articleId) throws SQLException {
    return weights("SELECT term, weight FROM article_terms WHERE article_id = ?", articleId);
  }

  public void replaceArticleTerms(String articleId, Map<String, Double> terms) throws SQLException {
    PreparedStatement delete = statement("DELETE FROM article_terms WHERE article_id = ?");
    delete.setString(1, articleId);
    delete.executeUpdate();
    PreparedStatement insert = statement("INSERT INTO article_terms (article_id, term, weight) VALUES (?, ?, ?)");
    for (Map.Entry<String, Double> term : terms.entrySet()) {
      insert.setString(1, articleId);
      insert.setString(2, term.getKey());
      insert.setDouble(3, term.getValue());
      insert.addBatch();
    }
    insert.executeBatch();
  }

  private Map<String, Double> weights(String sql, Object key) throws SQLException {
    PreparedStatement query = statement(sql);
    query.setObject(1, key);
    Map<String, Double> weights = new LinkedHashMap<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        weights.put(rows.getString(1), rows.getDouble(2));
      }
    }
    return weights;
  }

  /** Opens a story with one article and returns its id. */
  public long createStory(String firstArticle, String published, long seq) throws SQLException {
    PreparedStatement insert = statement("INSERT INTO stories (first_article, first_published, last_published, articles, seq) VALUES (?, ?, ?, 0, ?)");
    insert.setString(1, firstArticle);
    BatchWriter.setNullable(insert, 2, published);
    BatchWriter.setNullable(insert, 3, published);
    insert.setLong(4, seq);
    insert.executeUpdate();
    try (PreparedStatement id = connection.prepareStatement("SELECT last_insert_rowid()");
        ResultSet row = id.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  /** Adds an article to a story, widening its dates. */
  public void addMember(long storyId, String articleId, String published, double similarity, long seq) throws SQLException {
    PreparedStatement insert = statement("INSERT INTO story_articles (article_id, story_id, published, similarity, seq) VALUES (?, ?, ?, ?, ?)");
    insert.setString(1, articleId);
    insert.setLong(2, storyId);
    BatchWriter.setNullable(insert, 3, published);
    insert.setDouble(4, similarity);
    insert.setLong(5, seq);
    insert.executeUpdate();
    // Counted and widened in place: recounting would cost as much as the story is long.
    PreparedStatement update =
        statement(
            "UPDATE stories SET articles = articles + 1, seq = ?1,"
                + " first_published = CASE WHEN ?2 IS NOT NULL AND (first_published IS NULL OR ?2 < first_published) THEN ?2 ELSE first_published END,"
                + " last_published = CASE WHEN ?2 IS NOT NULL AND (last_published IS NULL OR ?2 > last_published) THEN ?2 ELSE last_published END"
                + " WHERE id = ?3");
    update.setLong(1, seq);
    BatchWriter.setNullable(update, 2, published);
    update.setLong(3, storyId);
    update.executeUpdate();
  }

  /**
   * Takes an article out of its story (when it changed and is placed again) and deletes a story
   * left empty.
   *
   * @return the story it was in, if any
   */
  public Optional<Long> removeMember(String articleId, long seq) throws SQLException {
    Optional<Membership> membership = membership(articleId);
    if (membership.isEmpty()) {
      return Optional.empty();
    }
    PreparedStatement delete = statement("DELETE FROM story_articles WHERE article_id = ?");
    delete.setString(1, articleId);
    delete.executeUpdate();
    refreshStory(membership.get().storyId(), seq);
    return Optional.of(membership.get().storyId());
  }

  private void refreshStory(long storyId, long seq) throws SQLException {
    PreparedStatement count = statement("SELECT count(*), min(published), max(published) FROM story_articles WHERE story_id = ?");
    count.setLong(1, storyId);
    try (ResultSet row = count.executeQuery()) {
      row.next();
      if (row.getInt(1) == 0) {
        for (String sql : List.of("DELETE FROM stories WHERE id = ?", "DELETE FROM story_terms WHERE story_id = ?")) {
          PreparedStatement delete = statement(sql);
          delete.setLong(1, storyId);
          delete.executeUpdate();
        }
        return;
      }
      PreparedStatement update = statement("UPDATE stories SET articles = ?, first_published = ?, last_published = ?, seq = ? WHERE id = ?");
      update.setInt(1, row.getInt(1));
      BatchWriter.setNullable(update, 2, row.getString(2));
      BatchWriter.setNullable(update, 3, row.getString(3));
      update.setLong(4, seq);
      update.setLong(5, storyId);
      update.executeUpdate();
    }
  }

  /** The story an article belongs to, if it has been placed. */
  public Optional<Membership> membership(String articleId) throws SQLException {
    PreparedStatement query = statement("SELECT story_id, similarity FROM story_articles WHERE article_id = ?");
    query.setString(1, articleId);
    try (ResultSet row = query.executeQuery()) {
      return row.next() ? Optional.of(new Membership(row.getLong(1), row.getDouble(2))) : Optional.empty();
    }
  }

  /** The story's earliest and latest publication dates (ISO, either may be {@code null}); empty if no such story. */
  public Optional<String[]> storyDates(long storyId) throws SQLException {
    PreparedStatement query = statement("SELECT first_published, last_published FROM stories WHERE id = ?");
    query.setLong(1, storyId);
    try (ResultSet row = query.executeQuery()) {
      return row.next() ? Optional.of(new String[] {row.getString(1), row.getString(2)}) : Optional.empty();
    }
  }

  /** The ids of a story's most recently added articles, newest first. */
  public List<String> recentMembers(long storyId, int limit) throws SQLException {
    PreparedStatement query = statement("SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY seq DESC LIMIT ?");
    query.setLong(1, storyId);
    query.setInt(2, limit);
    List<String> ids = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    }
    return ids;
  }

  public void putQuality(String articleId, int sentences, Double incoherence, String producer) throws SQLException {
    PreparedStatement upsert =
        statement(
            "INSERT INTO article_quality (article_id, sentences, incoherence, producer) VALUES (?, ?, ?, ?) ON CONFLICT(article_id) DO UPDATE SET"
                + " sentences = excluded.sentences, incoherence = excluded.incoherence, producer = excluded.producer");
    upsert.setString(1, articleId);
    upsert.setInt(2, sentences);
    if (incoherence == null) {
      upsert.setNull(3, Types.REAL);
    } else {
      upsert.setDouble(3, incoherence);
    }
    upsert.setString(4, producer);
    upsert.executeUpdate();
  }

  public Optional<QualityRow> quality(String articleId) throws SQLException {
    PreparedStatement query = statement("SELECT sentences, incoherence, producer FROM article_quality WHERE article_id = ?");
    query.setString(1, articleId);
    try (ResultSet row = query.executeQuery()) {
      if (!row.next()) {
        return Optional.empty();
      }
      double incoherence = row.getDouble(2);
      return Optional.of(new QualityRow(row.getInt(1), row.wasNull() ? null : incoherence, row.getString(3)));
    }
  }

  /**
   * Stories with an article published in {@code [from, to]} (either bound may be {@code null}),
   * the largest first, then the most recent. Needs the {@code articles} table of the store.
   */
  public List<StorySummary> stories(LocalDate from, LocalDate to, int limit) throws SQLException {
    PreparedStatement query =
        statement(
            "SELECT s.id, s.first_article, coalesce(a.title, ''), s.first_published, s.last_published, s.articles FROM stories s"
                + " LEFT JOIN articles a ON a.id = s.first_article"
                + " WHERE (? IS NULL OR s.last_published >= ?) AND (? IS NULL OR s.first_published <= ?)"
                + " ORDER BY s.articles DESC, s.last_published DESC, s.id LIMIT ?");
    String fromText = from == null ? null : from.toString();
    String toText = to == null ? null : to.toString();
    BatchWriter.setNullable(query, 1, fromText);
    BatchWriter.setNullable(query, 2, fromText);
    BatchWriter.setNullable(query, 3, toText);
    BatchWriter.setNullable(query, 4, toText);
    query.setInt(5, limit);
    List<StorySummary> stories = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        stories.add(summary(rows));
      }
    }
    return stories;
  }

  /** One story, if it exists. */
  public Optional<StorySummary> story(long storyId) throws SQLException {
    PreparedStatement query =
        statement(
            "SELECT s.id, s.first_article, coalesce(a.title, ''), s.first_published, s.last_published, s.articles FROM stories s"
                + " LEFT JOIN articles a ON a.id = s.first_article WHERE s.id = ?");
    query.setLong(1, storyId);
    try (ResultSet rows = query.executeQuery()) {
      return rows.next() ? Optional.of(summary(rows)) : Optional.empty();
    }
  }

  /** A story's articles in publication order (undated last), then in the order they joined. */
  public List<StoryMember> members(long storyId) throws SQLException {
    PreparedStatement query =
        statement(
            "SELECT m.article_id, coalesce(a.title, ''), coalesce(a.published, m.published) AS day, a.source, m.similarity FROM story_articles m"
                + " LEFT JOIN articles a ON a.id = m.article_id WHERE m.story_id = ? ORDER BY day IS NULL, day, m.seq");
    query.setLong(1, storyId);
    List<StoryMember> members = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        members.add(new StoryMember(rows.getString(1), rows.getString(2), ArticleReader.date(rows.getString(3)), rows.getString(4), rows.getDouble(5)));
      }
    }
    return members;
  }

  private static StorySummary summary(ResultSet row) throws SQLException {
    return new StorySummary(row.getLong(1), row.getString(2), row.getString(3), ArticleReader.date(row.getString(4)), ArticleReader.date(row.getString(5)), row.getInt(6));
  }

  void close() throws SQLException {
    statements.close();
  }
}
