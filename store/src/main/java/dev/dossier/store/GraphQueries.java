package dev.dossier.store;

import dev.dossier.core.EntityType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Co-mention graphs from the per-article entity rows: an entity's neighbourhood (the entities most
 * often mentioned with it and the co-mentions among them) and an overview of the most mentioned
 * entities. Two entities are linked when one article mentions both; the weight is the number of
 * such articles.
 */
final class GraphQueries {

  private static final String NEIGHBOURS =
      """
      SELECT e.id, count(*) AS shared
      FROM article_entities mine
      JOIN article_entities other ON other.article_id = mine.article_id AND other.entity_id <> mine.entity_id
      JOIN entities e ON e.id = other.entity_id
      WHERE mine.entity_id = ? AND (? IS NULL OR e.type = ?)
      GROUP BY e.id
      ORDER BY shared DESC, e.article_count DESC, e.name, e.id
      LIMIT ?""";

  private GraphQueries() {}

  /**
   * The entity, its {@code limit} most co-mentioned entities (of {@code type} if given), and every
   * co-mention among all of them; {@link EntityGraph#EMPTY} if no entity has the id.
   */
  static EntityGraph neighbourhood(Connection connection, String id, EntityType type, int limit) throws SQLException {
    Map<String, EntitySummary> centre = EntityQueries.byIds(connection, List.of(id));
    if (centre.isEmpty()) {
      return EntityGraph.EMPTY;
    }
    List<String> ids = new ArrayList<>();
    ids.add(id);
    try (PreparedStatement query = connection.prepareStatement(NEIGHBOURS)) {
      query.setString(1, id);
      BatchWriter.setNullable(query, 2, type == null ? null : type.name());
      BatchWriter.setNullable(query, 3, type == null ? null : type.name());
      query.setInt(4, limit);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
    }
    return graph(connection, ids);
  }

  /** The {@code limit} most mentioned entities (of {@code type} if given) and the co-mentions among them. */
  static EntityGraph overview(Connection connection, EntityType type, int limit) throws SQLException {
    List<String> ids = EntityQueries.top(connection, type, limit).stream().map(EntitySummary::id).toList();
    return graph(connection, ids);
  }

  /** The nodes in the given order and every edge among them. */
  private static EntityGraph graph(Connection connection, List<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return EntityGraph.EMPTY;
    }
    Map<String, EntitySummary> summaries = EntityQueries.byIds(connection, ids);
    List<EntityGraph.Node> nodes = new ArrayList<>();
    for (String id : ids) {
      EntitySummary summary = summaries.get(id);
      nodes.add(new EntityGraph.Node(summary.id(), summary.name(), summary.type(), summary.articles(), summary.mentions()));
    }
    String placeholders = String.join(", ", Collections.nCopies(ids.size(), "?"));
    String sql =
        "SELECT a.entity_id, b.entity_id, count(*) AS shared FROM article_entities a"
            + " JOIN article_entities b ON b.article_id = a.article_id AND b.entity_id > a.entity_id"
            + " WHERE a.entity_id IN (" + placeholders + ") AND b.entity_id IN (" + placeholders + ")"
            + " GROUP BY a.entity_id, b.entity_id ORDER BY shared DESC, a.entity_id, b.entity_id";
    List<EntityGraph.Edge> edges = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      for (int i = 0; i < ids.size(); i++) {
        query.setString(i + 1, ids.get(i));
        query.setString(ids.size() + i + 1, ids.get(i));
      }
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          edges.add(new EntityGraph.Edge(rows.getString(1), rows.getString(2), rows.getInt(3)));
        }
      }
    }
    return new EntityGraph(nodes, edges);
  }
}
