package dev.dossier.store;

import dev.dossier.core.EntityType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Questions about entities across all articles: lookups by name, listings and profiles. Reads the
 * aggregate tables {@link EntityAggregator} maintains, plus the per-article rows for co-mentions
 * and recent articles.
 */
final class EntityQueries {

  /** How many co-mentioned entities and recent articles a profile lists. */
  static final int PROFILE_TOP = 10;

  private static final String RESOLVE =
      """
      SELECT id FROM entities WHERE id IN (?, ?) AND (? IS NULL OR type = ?)
      UNION
      SELECT e.id FROM entity_names n JOIN entities e ON e.id = n.entity_id
      WHERE n.name_key = ? AND (? IS NULL OR e.type = ?)""";

  /** People whose name ends with the given word: "Pompeo" finds "Mike Pompeo" when no article says just "Pompeo". */
  private static final String RESOLVE_LAST_NAME =
      """
      SELECT DISTINCT e.id FROM entity_names n JOIN entities e ON e.id = n.entity_id
      WHERE e.type = 'PERSON' AND n.name_key LIKE ? ESCAPE '\\' AND (? IS NULL OR e.type = ?)""";

  private EntityQueries() {}

  /**
   * The ids of the entities each name or id denotes: case-insensitive matches on id, canonical
   * name or alias, restricted to a type if one is given; failing those, a single word matches the
   * people whose name ends with it. A name matching nothing maps to an empty set.
   */
  static Map<String, Set<String>> resolve(Connection connection, Collection<String> names, EntityType type) throws SQLException {
    Map<String, Set<String>> resolved = new LinkedHashMap<>();
    try (PreparedStatement query = connection.prepareStatement(RESOLVE)) {
      for (String name : names) {
        String key = EntityAggregator.key(name);
        String typeName = type == null ? null : type.name();
        query.setString(1, name.strip());
        query.setString(2, key);
        BatchWriter.setNullable(query, 3, typeName);
        BatchWriter.setNullable(query, 4, typeName);
        query.setString(5, key);
        BatchWriter.setNullable(query, 6, typeName);
        BatchWriter.setNullable(query, 7, typeName);
        Set<String> ids = new LinkedHashSet<>();
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            ids.add(rows.getString(1));
          }
        }
        if (ids.isEmpty() && !key.isEmpty() && !key.contains(" ")) {
          ids.addAll(byLastName(connection, key, typeName));
        }
        resolved.put(name, ids);
      }
    }
    return resolved;
  }

  private static Set<String> byLastName(Connection connection, String key, String typeName) throws SQLException {
    Set<String> ids = new LinkedHashSet<>();
    try (PreparedStatement query = connection.prepareStatement(RESOLVE_LAST_NAME)) {
      query.setString(1, "% " + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
      BatchWriter.setNullable(query, 2, typeName);
      BatchWriter.setNullable(query, 3, typeName);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
    }
    return ids;
  }

  /** The most mentioned entities, by article count, then mention count, then name. */
  static List<EntitySummary> top(Connection connection, EntityType type, int top) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            """
            SELECT id, name, type, article_count, mention_count FROM entities
            WHERE ? IS NULL OR type = ?
            ORDER BY article_count DESC, mention_count DESC, name, id
            LIMIT ?""")) {
      BatchWriter.setNullable(query, 1, type == null ? null : type.name());
      BatchWriter.setNullable(query, 2, type == null ? null : type.name());
      query.setInt(3, top);
      return summaries(query);
    }
  }

  /**
   * Entities any of whose names (canonical or alias) contains {@code text}, ignoring case, most
   * mentioned first; a blank text matches all.
   */
  static List<EntitySummary> matching(Connection connection, String text, EntityType type, int limit, int offset) throws SQLException {
    String pattern = "%" + EntityAggregator.key(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    try (PreparedStatement query =
        connection.prepareStatement(
            """
            SELECT id, name, type, article_count, mention_count FROM entities
            WHERE (? IS NULL OR type = ?)
              AND (? = '%%' OR id IN (SELECT entity_id FROM entity_names WHERE name_key LIKE ? ESCAPE '\\'))
            ORDER BY article_count DESC, mention_count DESC, name, id
            LIMIT ? OFFSET ?""")) {
      BatchWriter.setNullable(query, 1, type == null ? null : type.name());
      BatchWriter.setNullable(query, 2, type == null ? null : type.name());
      query.setString(3, pattern);
      query.setString(4, pattern);
      query.setInt(5, limit);
      query.setInt(6, offset);
      return summaries(query);
    }
  }

  /** The profile of the entity with exactly this id, or empty. */
  static Optional<EntityProfile> profileById(Connection connection, String id) throws SQLException {
    return byIds(connection, List.of(id)).isEmpty() ? Optional.empty() : Optional.of(profile(connection, id));
  }

  /** The summaries of the given ids that exist, by id. */
  static Map<String, EntitySummary> byIds(Connection connection, Collection<String> ids) throws SQLException {
    Map<String, EntitySummary> found = new LinkedHashMap<>();
    try (PreparedStatement query = connection.prepareStatement("SELECT id, name, type, article_count, mention_count FROM entities WHERE id = ?")) {
      for (String id : ids) {
        query.setString(1, id);
        summaries(query).forEach(summary -> found.put(summary.id(), summary));
      }
    }
    return found;
  }

  private static List<EntitySummary> summaries(PreparedStatement query) throws SQLException {
    List<EntitySummary> result = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        result.add(new EntitySummary(rows.getString(1), rows.getString(2), EntityType.valueOf(rows.getString(3)), rows.getInt(4), rows.getInt(5)));
      }
    }
    return result;
  }

  /** Profiles of every entity the name or id denotes, the most mentioned first. */
  static List<EntityProfile> profiles(Connection connection, String nameOrId) throws SQLException {
    Set<String> ids = resolve(connection, List.of(nameOrId), null).get(nameOrId);
    List<EntityProfile> profiles = new ArrayList<>();
    for (String id : ids) {
      profiles.add(profile(connection, id));
    }
    profiles.sort(Comparator.comparingInt(EntityProfile::articles).reversed().thenComparingInt(p -> -p.mentions()).thenComparing(EntityProfile::id));
    return profiles;
  }

  private static EntityProfile profile(Connection connection, String id) throws SQLException {
    try (PreparedStatement entity =
            connection.prepareStatement("SELECT name, type, article_count, mention_count, first_seen, last_seen FROM entities WHERE id = ?");
        PreparedStatement aliases = connection.prepareStatement(
                "SELECT n.name FROM entity_names n JOIN entities e ON e.id = n.entity_id WHERE n.entity_id = ? AND n.name <> e.name ORDER BY n.name");
        PreparedStatement coMentions =
            connection.prepareStatement(
                """
                SELECT e.id, e.name, e.type, count(*) AS shared
                FROM article_entities mine
                JOIN article_entities other ON other.article_id = mine.article_id AND other.entity_id <> mine.entity_id
                JOIN entities e ON e.id = other.entity_id
                WHERE mine.entity_id = ?
                GROUP BY e.id
                ORDER BY shared DESC, e.article_count DESC, e.name, e.id
                LIMIT ?""");
        PreparedStatement recent =
            connection.prepareStatement(
                """
                SELECT a.id, a.title, a.published
                FROM article_entities ae JOIN articles a ON a.id = ae.article_id
                WHERE ae.entity_id = ?
                ORDER BY a.published IS NULL, a.published DESC, a.batch DESC, a.id
                LIMIT ?""")) {
      entity.setString(1, id);
      try (ResultSet row = entity.executeQuery()) {
        row.next();
        List<String> aliasList = new ArrayList<>();
        aliases.setString(1, id);
        try (ResultSet rows = aliases.executeQuery()) {
          while (rows.next()) {
            aliasList.add(rows.getString(1));
          }
        }
        List<EntityProfile.CoMention> coMentioned = new ArrayList<>();
        coMentions.setString(1, id);
        coMentions.setInt(2, PROFILE_TOP);
        try (ResultSet rows = coMentions.executeQuery()) {
          while (rows.next()) {
            coMentioned.add(new EntityProfile.CoMention(rows.getString(1), rows.getString(2), EntityType.valueOf(rows.getString(3)), rows.getInt(4)));
          }
        }
        List<EntityProfile.ArticleRef> articles = new ArrayList<>();
        recent.setString(1, id);
        recent.setInt(2, PROFILE_TOP);
        try (ResultSet rows = recent.executeQuery()) {
          while (rows.next()) {
            articles.add(new EntityProfile.ArticleRef(rows.getString(1), rows.getString(2), ArticleReader.date(rows.getString(3))));
          }
        }
        return new EntityProfile(
            id,
            row.getString(1),
            EntityType.valueOf(row.getString(2)),
            aliasList,
            row.getInt(3),
            row.getInt(4),
            ArticleReader.date(row.getString(5)),
            ArticleReader.date(row.getString(6)),
            coMentioned,
            articles);
      }
    }
  }
}
