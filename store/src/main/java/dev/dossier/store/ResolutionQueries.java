package dev.dossier.store;

import dev.dossier.core.Entity;
import dev.dossier.core.EntityLink;
import dev.dossier.core.EntityType;
import dev.dossier.core.Mention;
import dev.dossier.core.SanctionsHit;
import dev.dossier.core.Span;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads what resolution stored: keys, entity states, co-mentions, links, sanctions hits, curations. */
final class ResolutionQueries {

  private ResolutionQueries() {}

  static Set<String> idsByKey(Connection connection, String key) throws SQLException {
    Set<String> ids = new LinkedHashSet<>();
    try (PreparedStatement query =
        connection.prepareStatement("SELECT k.entity_id FROM entity_keys k JOIN entities e ON e.id = k.entity_id WHERE k.key = ? ORDER BY e.article_count DESC, e.id")) {
      query.setString(1, key);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
    }
    return ids;
  }

  static Optional<EntityState> state(Connection connection, String id) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT id, name, type, kb_id, article_count, mention_count, first_seen, last_seen FROM entities WHERE id = ?")) {
      query.setString(1, id);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? Optional.of(state(rows)) : Optional.empty();
      }
    }
  }

  static List<EntityState> allStates(Connection connection) throws SQLException {
    List<EntityState> states = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(
            "SELECT id, name, type, kb_id, article_count, mention_count, first_seen, last_seen FROM entities ORDER BY article_count DESC, mention_count DESC, id");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        states.add(state(rows));
      }
    }
    return states;
  }

  private static EntityState state(ResultSet rows) throws SQLException {
    return new EntityState(rows.getString(1), rows.getString(2), EntityType.valueOf(rows.getString(3)), rows.getString(4), rows.getInt(5), rows.getInt(6),
        ArticleReader.date(rows.getString(7)), ArticleReader.date(rows.getString(8)));
  }

  /** The entities named in the same articles, with how many articles each shares, most shared first. */
  static Map<String, Integer> coMentions(Connection connection, String id, int limit) throws SQLException {
    Map<String, Integer> counts = new LinkedHashMap<>();
    try (PreparedStatement query = connection.prepareStatement(
        """
        SELECT other.entity_id, count(*) AS shared
        FROM article_entities mine JOIN article_entities other ON other.article_id = mine.article_id AND other.entity_id <> mine.entity_id
        WHERE mine.entity_id = ? GROUP BY other.entity_id ORDER BY shared DESC, other.entity_id LIMIT ?""")) {
      query.setString(1, id);
      query.setInt(2, limit);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          counts.put(rows.getString(1), rows.getInt(2));
        }
      }
    }
    return counts;
  }

  /** Every pair of entities named in one article, with how many articles name both. */
  static List<String[]> coMentionEdges(Connection connection) throws SQLException {
    List<String[]> edges = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(
            """
            SELECT a.entity_id, b.entity_id, count(*) FROM article_entities a
            JOIN article_entities b ON b.article_id = a.article_id AND a.entity_id < b.entity_id
            GROUP BY a.entity_id, b.entity_id ORDER BY a.entity_id, b.entity_id""");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        edges.add(new String[] {rows.getString(1), rows.getString(2), Integer.toString(rows.getInt(3))});
      }
    }
    return edges;
  }

  static long articleCount(Connection connection) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM articles"); ResultSet rows = query.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  static StoredResolution resolution(Connection connection, String articleId) throws SQLException {
    String text;
    try (PreparedStatement query = connection.prepareStatement("SELECT text FROM articles WHERE id = ?")) {
      query.setString(1, articleId);
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          return new StoredResolution(List.of(), List.of(), List.of());
        }
        text = rows.getString(1);
      }
    }
    List<Entity> entities = new ArrayList<>();
    List<EntityLink> links = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT local_id, resolved_id, name, type, kb_id, method, score, local_name, local_type, local_aliases, local_mentions FROM entity_links WHERE article_id = ? ORDER BY ord")) {
      query.setString(1, articleId);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          String localId = rows.getString(1);
          links.add(new EntityLink(localId, rows.getString(2), rows.getString(3), EntityType.valueOf(rows.getString(4)), rows.getString(5), rows.getString(6), rows.getDouble(7)));
          List<Mention> mentions = new ArrayList<>();
          for (String encoded : split(rows.getString(11))) {
            String[] parts = encoded.split(":");
            Span span = new Span(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            mentions.add(new Mention(span, span.of(text), EntityType.valueOf(parts[2])));
          }
          entities.add(new Entity(localId, rows.getString(8), EntityType.valueOf(rows.getString(9)), split(rows.getString(10)), mentions));
        }
      }
    }
    List<SanctionsHit> hits = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT local_id, list, entry, name, programs, score, evidence, reasons FROM sanctions_hits WHERE article_id = ? ORDER BY local_id, score DESC")) {
      query.setString(1, articleId);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          hits.add(hit(rows, 1));
        }
      }
    }
    return new StoredResolution(entities, links, hits);
  }

  private static SanctionsHit hit(ResultSet rows, int first) throws SQLException {
    return new SanctionsHit(rows.getString(first), rows.getString(first + 1), rows.getString(first + 2), rows.getString(first + 3), split(rows.getString(first + 4)),
        rows.getDouble(first + 5), rows.getString(first + 6), split(rows.getString(first + 7)));
  }

  private static List<String> split(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(ResolutionWriter.SEPARATOR));
  }

  /** Every sanctions hit, the surest first; or only those of one resolved entity. */
  static List<SanctionsRow> sanctions(Connection connection, String entityId) throws SQLException {
    List<SanctionsRow> result = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(
        """
        SELECT a.id, a.title, a.published, l.resolved_id, coalesce(e.name, l.name), h.local_id, h.list, h.entry, h.name, h.programs, h.score, h.evidence, h.reasons
        FROM sanctions_hits h JOIN entity_links l ON l.article_id = h.article_id AND l.local_id = h.local_id
        JOIN articles a ON a.id = h.article_id LEFT JOIN entities e ON e.id = l.resolved_id
        WHERE l.method <> 'deleted' AND (? IS NULL OR l.resolved_id = ?)
        ORDER BY h.score DESC, l.resolved_id, a.published, a.id""")) {
      BatchWriter.setNullable(query, 1, entityId);
      BatchWriter.setNullable(query, 2, entityId);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          result.add(new SanctionsRow(rows.getString(1), rows.getString(2), ArticleReader.date(rows.getString(3)), rows.getString(4), rows.getString(5), hit(rows, 6)));
        }
      }
    }
    return result;
  }

  /** The ids of the articles with an entity linked to the resolved entity. */
  static List<String> articlesOf(Connection connection, String resolvedId) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT article_id FROM entity_links WHERE resolved_id = ? ORDER BY article_id")) {
      query.setString(1, resolvedId);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
    }
    return ids;
  }

  /** Mentions per month ({@code YYYY-MM}, undated articles under {@code undated}). */
  static Map<String, Integer> mentionsPerMonth(Connection connection, String id) throws SQLException {
    Map<String, Integer> months = new LinkedHashMap<>();
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT coalesce(substr(published, 1, 7), 'undated') AS month, sum(mention_count) FROM article_entities WHERE entity_id = ? GROUP BY month ORDER BY month")) {
      query.setString(1, id);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          months.put(rows.getString(1), rows.getInt(2));
        }
      }
    }
    return months;
  }

  static List<CurationEntry> curations(Connection connection) throws SQLException {
    List<CurationEntry> entries = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement("SELECT seq, action, entity_id, argument, target, who, at, why FROM curations ORDER BY seq");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        entries.add(new CurationEntry(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6),
            Instant.ofEpochMilli(rows.getLong(7)), rows.getString(8)));
      }
    }
    return entries;
  }
}
