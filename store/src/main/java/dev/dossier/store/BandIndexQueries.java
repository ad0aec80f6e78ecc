package dev.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The two reads the cross-document step's locality-sensitive band indexes share (reused passages in
 * {@link ReuseTables}, attributed quotations in {@link AttributionTables}): the candidates under a
 * set of band keys, and the rows of those candidates.
 */
final class BandIndexQueries {

  /** Ids per {@code IN (...)} query, well under SQLite's limit on bound parameters. */
  private static final int CHUNK = 500;

  /** Reads one row of a result. */
  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet rows) throws SQLException;
  }

  private BandIndexQueries() {}

  /**
   * For every id found under at least one of the keys, how many of the keys it has.
   *
   * @param query selects ids (first column) under one band key (first parameter), at most the
   *     second parameter of them
   */
  static Map<Long, Integer> hits(PreparedStatement query, long[] keys, int perKey) throws SQLException {
    Map<Long, Integer> hits = new HashMap<>();
    for (long key : keys) {
      query.setLong(1, key);
      query.setInt(2, perKey);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          hits.merge(rows.getLong(1), 1, Integer::sum);
        }
      }
    }
    return hits;
  }

  /**
   * The rows of {@code table} whose {@code id} is one of {@code ids}, in no particular order.
   *
   * @param columns the select list, in the order {@code reader} reads it
   */
  static <T> List<T> byIds(Connection connection, String columns, String table, Collection<Long> ids, RowReader<T> reader) throws SQLException {
    List<T> result = new ArrayList<>();
    List<Long> all = List.copyOf(ids);
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      try (PreparedStatement query =
          connection.prepareStatement("SELECT " + columns + " FROM " + table + " WHERE id IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          query.setLong(i + 1, chunk.get(i));
        }
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            result.add(reader.read(rows));
          }
        }
      }
    }
    return result;
  }
}
