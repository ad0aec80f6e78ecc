package dev.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Questions about stored quotes: by speaker, words and dates; what an entity said and what was
 * said about it. Speakers are matched by entity id (through the same name resolution as {@link
 * EntityQueries}) or by the speaker's name.
 */
final class QuoteQueries {

  private static final String FROM = " FROM quotes q JOIN articles a ON a.id = q.article_id ";
  private static final String ORDER = " ORDER BY q.published IS NULL, q.published DESC, q.article_id, q.start_offset LIMIT ?";

  private QuoteQueries() {}

  static List<StoredQuote> find(Connection connection, QuoteQuery query) throws SQLException {
    return find(connection, query, null);
  }

  /** As {@link #find(Connection, QuoteQuery)}, within the given articles when {@code articleIds} is not null. */
  private static List<StoredQuote> find(Connection connection, QuoteQuery query, List<String> articleIds) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT " + QuoteRows.COLUMNS + FROM + "WHERE 1 = 1");
    List<Object> values = new ArrayList<>();
    if (articleIds != null) {
      sql.append(" AND q.article_id IN (").append(String.join(", ", java.util.Collections.nCopies(articleIds.size(), "?"))).append(")");
      values.addAll(articleIds);
    }
    if (query.speaker() != null) {
      Set<String> ids = EntityQueries.resolve(connection, List.of(query.speaker()), null).get(query.speaker());
      sql.append(" AND (instr(lower(q.speaker_name), lower(?)) > 0");
      values.add(query.speaker());
      for (String id : ids) {
        sql.append(" OR q.speaker_entity = ?");
        values.add(id);
      }
      sql.append(")");
    }
    if (query.contains() != null) {
      sql.append(" AND instr(lower(q.text), lower(?)) > 0");
      values.add(query.contains());
    }
    if (query.from() != null) {
      sql.append(" AND q.published >= ?");
      values.add(query.from().toString());
    }
    if (query.to() != null) {
      sql.append(" AND q.published <= ?");
      values.add(query.to().toString());
    }
    if (query.articleId() != null) {
      sql.append(" AND q.article_id = ?");
      values.add(query.articleId());
    }
    // One article's quotes read in text order; across articles the newest come first.
    sql.append(query.articleId() != null ? " ORDER BY q.start_offset, q.ord LIMIT ?" : ORDER);
    values.add(query.limit());
    return run(connection, sql.toString(), values);
  }

  /**
   * The quotes of the given articles that meet the query's speaker and date criteria, whatever
   * their words; unordered, unlimited.
   */
  static List<StoredQuote> inArticles(Connection connection, QuoteQuery query, List<String> articleIds) throws SQLException {
    QuoteQuery criteria = new QuoteQuery(query.speaker(), null, query.from(), query.to(), Integer.MAX_VALUE);
    List<StoredQuote> quotes = new ArrayList<>();
    // SQLite binds at most 32,766 values a statement; a few hundred ids a statement keep it small.
    for (int from = 0; from < articleIds.size(); from += 500) {
      List<String> ids = articleIds.subList(from, Math.min(articleIds.size(), from + 500));
      quotes.addAll(find(connection, criteria, ids));
    }
    return quotes;
  }

  /** The quotes whose speaker is the entity, newest first. */
  static List<StoredQuote> by(Connection connection, String entityId, int limit) throws SQLException {
    return run(connection, "SELECT " + QuoteRows.COLUMNS + FROM + "WHERE q.speaker_entity = ?" + ORDER, List.of(entityId, limit));
  }

  /** The quotes that mention the entity in what was said, by other speakers, newest first. */
  static List<StoredQuote> about(Connection connection, String entityId, int limit) throws SQLException {
    String sql = "SELECT " + QuoteRows.COLUMNS + FROM
        + "WHERE (q.speaker_entity IS NULL OR q.speaker_entity <> ?) AND EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = q.article_id"
        + " AND m.entity_id = ? AND m.start_offset >= q.start_offset AND m.end_offset <= q.end_offset)" + ORDER;
    return run(connection, sql, List.of(entityId, entityId, limit));
  }

  private static List<StoredQuote> run(Connection connection, String sql, List<Object> values) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.size(); i++) {
        statement.setObject(i + 1, values.get(i));
      }
      List<StoredQuote> quotes = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          quotes.add(QuoteRows.read(rows));
        }
      }
      return quotes;
    }
  }
}
