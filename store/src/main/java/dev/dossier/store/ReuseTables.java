package dev.dossier.store;

import dev.dossier.core.Span;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The text-reuse tables ({@link RecyclingSchema}) on one connection: units, their MinHash bands,
 * and the reuse groups with their origins. Not thread-safe; used inside one transaction of
 * {@link RecyclingTables}.
 *
 * <p>A unit's reuse group holds the units that say the same thing; its origin is the earliest
 * published of them ({@link ReuseUnitRow#earlierThan}). An article's reused passages are its units
 * whose group's origin lies in another article, so when an earlier publisher arrives later, every
 * copy points to it at once, without rewriting them.
 */
public final class ReuseTables {

  public static final String PROSE = "prose";
  public static final String QUOTE = "quote";

  private static final String UNIT_COLUMNS = "id, article_id, ord, kind, start_offset, end_offset, terms, published, group_id";

  private final Connection connection;
  private final StatementCache statements;

  ReuseTables(Connection connection) {
    this.connection = connection;
    this.statements = new StatementCache(connection);
  }

  private PreparedStatement statement(String sql) throws SQLException {
    return statements.get(sql);
  }

  /**
   * Stores a unit. With {@code groupId} {@code null} it founds a group of its own and is its
   * origin.
   *
   * @return the stored unit
   */
  public ReuseUnitRow insertUnit(String articleId, int ord, String kind, Span span, String terms, String published, Long groupId, Long matchedUnit, Double similarity)
      throws SQLException {
    PreparedStatement insert =
        statement(
            "INSERT INTO reuse_units (article_id, ord, kind, start_offset, end_offset, terms, published, group_id, matched_unit, similarity)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.setString(1, articleId);
    insert.setInt(2, ord);
    insert.setString(3, kind);
    insert.setInt(4, span.start());
    insert.setInt(5, span.end());
    insert.setString(6, terms);
    BatchWriter.setNullable(insert, 7, published);
    insert.setLong(8, groupId == null ? 0 : groupId);
    if (matchedUnit == null) {
      insert.setNull(9, Types.INTEGER);
      insert.setNull(10, Types.REAL);
    } else {
      insert.setLong(9, matchedUnit);
      insert.setDouble(10, similarity);
    }
    insert.executeUpdate();
    long id = lastId();
    long group = groupId == null ? id : groupId;
    if (groupId == null) {
      PreparedStatement update = statement("UPDATE reuse_units SET group_id = ? WHERE id = ?");
      update.setLong(1, id);
      update.setLong(2, id);
      update.executeUpdate();
      PreparedStatement found = statement("INSERT INTO reuse_groups (id, origin_unit) VALUES (?, ?)");
      found.setLong(1, id);
      found.setLong(2, id);
      found.executeUpdate();
    }
    return new ReuseUnitRow(id, articleId, ord, kind, span, terms, published, group);
  }

  private long lastId() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT last_insert_rowid()")) {
      row.next();
      return row.getLong(1);
    }
  }

  /** Indexes a unit under its band keys. */
  public void insertBands(long unitId, long[] keys) throws SQLException {
    PreparedStatement insert = statement("INSERT OR IGNORE INTO reuse_bands (band_key, unit_id) VALUES (?, ?)");
    for (long key : keys) {
      insert.setLong(1, key);
      insert.setLong(2, unitId);
      insert.addBatch();
    }
    insert.executeBatch();
  }

  /**
   * For every unit indexed under at least one of the keys, how many of the keys it has, reading at
   * most {@code perKey} units (the newest) under each key.
   */
  public Map<Long, Integer> bandHits(long[] keys, int perKey) throws SQLException {
    return BandIndexQueries.hits(statement("SELECT unit_id FROM reuse_bands WHERE band_key = ? ORDER BY unit_id DESC LIMIT ?"), keys, perKey);
  }


  /** The units with these ids that exist, in no particular order. */
  public List<ReuseUnitRow> units(Collection<Long> ids) throws SQLException {
    return BandIndexQueries.byIds(connection, UNIT_COLUMNS, "reuse_units", ids, rows -> unit(rows));
  }


  /** An article's units in order. */
  public List<ReuseUnitRow> unitsOf(String articleId) throws SQLException {
    PreparedStatement query = statement("SELECT " + UNIT_COLUMNS + " FROM reuse_units WHERE article_id = ? ORDER BY ord");
    query.setString(1, articleId);
    List<ReuseUnitRow> units = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        units.add(unit(rows));
      }
    }
    return units;
  }

  /** The origin of a group: its earliest published unit. */
  public Optional<ReuseUnitRow> origin(long groupId) throws SQLException {
    PreparedStatement query = statement("SELECT u.id, u.article_id, u.ord, u.kind, u.start_offset, u.end_offset, u.terms, u.published, u.group_id"
        + " FROM reuse_groups g JOIN reuse_units u ON u.id = g.origin_unit WHERE g.id = ?");
    query.setLong(1, groupId);
    try (ResultSet rows = query.executeQuery()) {
      return rows.next() ? Optional.of(unit(rows)) : Optional.empty();
    }
  }

  /** Makes a unit of the group its origin. */
  public void setOrigin(long groupId, long unitId) throws SQLException {
    PreparedStatement update = statement("UPDATE reuse_groups SET origin_unit = ? WHERE id = ?");
    update.setLong(1, unitId);
    update.setLong(2, groupId);
    update.executeUpdate();
  }

  /**
   * Removes an article's units with their bands and spins, and repairs the groups they leave: a
   * group that lost its origin gets its earliest remaining unit as origin, and an empty group is
   * deleted.
   *
   * @param bandKeys the band keys a stored unit was indexed under
   * @return how many units were removed
   */
  public int deleteArticle(String articleId, Function<ReuseUnitRow, long[]> bandKeys) throws SQLException {
    List<ReuseUnitRow> units = unitsOf(articleId);
    if (units.isEmpty()) {
      return 0;
    }
    Set<Long> groups = new LinkedHashSet<>();
    PreparedStatement deleteBand = statement("DELETE FROM reuse_bands WHERE band_key = ? AND unit_id = ?");
    for (ReuseUnitRow unit : units) {
      groups.add(unit.groupId());
      for (long key : bandKeys.apply(unit)) {
        deleteBand.setLong(1, key);
        deleteBand.setLong(2, unit.id());
        deleteBand.addBatch();
      }
    }
    deleteBand.executeBatch();
    PreparedStatement deleteUnits = statement("DELETE FROM reuse_units WHERE article_id = ?");
    deleteUnits.setString(1, articleId);
    deleteUnits.executeUpdate();
    PreparedStatement earliest = statement("SELECT id FROM reuse_units WHERE group_id = ? ORDER BY published IS NULL, published, id LIMIT 1");
    PreparedStatement deleteGroup = statement("DELETE FROM reuse_groups WHERE id = ?");
    for (long group : groups) {
      earliest.setLong(1, group);
      try (ResultSet row = earliest.executeQuery()) {
        if (row.next()) {
          setOrigin(group, row.getLong(1));
        } else {
          deleteGroup.setLong(1, group);
          deleteGroup.executeUpdate();
        }
      }
    }
    return units.size();
  }

  /**
   * A unit of an article whose group's origin lies in another article.
   *
   * @param unit the article's unit
   * @param origin its group's origin
   */
  public record ReusedUnit(ReuseUnitRow unit, ReuseUnitRow origin) {}

  /** An article's units whose group origin is in another article, with that origin, in text order. */
  public List<ReusedUnit> reusedUnits(String articleId) throws SQLException {
    PreparedStatement query =
        statement(
            "SELECT u.id, u.article_id, u.ord, u.kind, u.start_offset, u.end_offset, u.terms, u.published, u.group_id,"
                + " o.id, o.article_id, o.ord, o.kind, o.start_offset, o.end_offset, o.terms, o.published, o.group_id FROM reuse_units u"
                + " JOIN reuse_groups g ON g.id = u.group_id JOIN reuse_units o ON o.id = g.origin_unit"
                + " WHERE u.article_id = ? AND o.article_id <> u.article_id ORDER BY u.start_offset, u.end_offset");
    query.setString(1, articleId);
    List<ReusedUnit> units = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        units.add(new ReusedUnit(unit(rows, 0), unit(rows, 9)));
      }
    }
    return units;
  }

  private static ReuseUnitRow unit(ResultSet row) throws SQLException {
    return unit(row, 0);
  }

  private static ReuseUnitRow unit(ResultSet row, int offset) throws SQLException {
    return new ReuseUnitRow(
        row.getLong(offset + 1), row.getString(offset + 2), row.getInt(offset + 3), row.getString(offset + 4),
        new Span(row.getInt(offset + 5), row.getInt(offset + 6)), row.getString(offset + 7), row.getString(offset + 8), row.getLong(offset + 9));
  }

  void close() throws SQLException {
    statements.close();
  }
}
