package dev.dossier.store;

import dev.dossier.core.EntityType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Whole-store counts and the ingest log. */
final class StatsQueries {

  private StatsQueries() {}

  /**
   * Counts from the database; the caller adds what only the index and the file system know.
   */
  static Stats stats(Connection connection, long indexedArticles, long indexBytes, long databaseBytes) throws SQLException {
    String[] range = new String[2];
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT min(published), max(published) FROM articles")) {
      row.next();
      range[0] = row.getString(1);
      range[1] = row.getString(2);
    }
    return new Stats(
        ArticleReader.count(connection),
        indexedArticles,
        counts(connection, "SELECT type, count(*) FROM entities GROUP BY type ORDER BY 2 DESC, 1", EntityType::valueOf),
        ArticleReader.single(connection, "SELECT count(*) FROM mentions"),
        ArticleReader.single(connection, "SELECT count(*) FROM dates"),
        counts(connection, "SELECT reason, count(*) FROM removals GROUP BY reason ORDER BY 2 DESC, 1", Function.identity()),
        counts(connection, "SELECT status, count(*) FROM ingest_log GROUP BY status ORDER BY 2 DESC, 1", IngestLogEntry.Status::valueOf),
        counts(
            connection,
            "SELECT coalesce(code, '?'), count(*) FROM ingest_log WHERE status = 'REJECTED' GROUP BY 1 ORDER BY 2 DESC, 1",
            Function.identity()),
        counts(connection, "SELECT source, count(*) FROM articles WHERE source IS NOT NULL GROUP BY source ORDER BY 2 DESC, 1", Function.identity()),
        ArticleReader.date(range[0]),
        ArticleReader.date(range[1]),
        ArticleReader.lastBatch(connection),
        indexBytes,
        databaseBytes);
  }

  private static <K> Map<K, Long> counts(Connection connection, String sql, Function<String, K> key) throws SQLException {
    Map<K, Long> counts = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        counts.put(key.apply(rows.getString(1)), rows.getLong(2));
      }
    }
    return counts;
  }

  /** The newest log entries first, optionally of one status. */
  static List<IngestLogEntry> ingestLog(Connection connection, IngestLogEntry.Status status, int limit) throws SQLException {
    List<IngestLogEntry> entries = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT input, article_id, status, code, message, at FROM ingest_log WHERE ? IS NULL OR status = ? ORDER BY seq DESC LIMIT ?")) {
      BatchWriter.setNullable(query, 1, status == null ? null : status.name());
      BatchWriter.setNullable(query, 2, status == null ? null : status.name());
      query.setInt(3, limit);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          entries.add(
              new IngestLogEntry(
                  rows.getString(1),
                  rows.getString(2),
                  IngestLogEntry.Status.valueOf(rows.getString(3)),
                  rows.getString(4),
                  rows.getString(5),
                  Instant.ofEpochMilli(rows.getLong(6))));
        }
      }
    }
    return entries;
  }
}
