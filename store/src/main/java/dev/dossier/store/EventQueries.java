package dev.dossier.store;

import dev.dossier.core.Event;
import dev.dossier.core.EventLink;
import dev.dossier.core.EventType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Questions about stored events: event instances by actor, type and day; an instance's mentions;
 * an article's events; and what the engine's merging of mentions looks up. An actor is matched by
 * its resolved entity id or its country's, the entity given by name, alias or id (through the same
 * name resolution as {@link EntityQueries}).
 */
final class EventQueries {

  private static final String INSTANCE_COLUMNS =
      "i.id, i.type, i.cameo, i.source_name, i.source_entity, i.target_name, i.target_entity, i.place_name, i.place_entity, i.day, i.window_from,"
          + " i.window_to, i.mentions, i.articles, i.first_article, i.first_event";

  private EventQueries() {}

  static List<EventInstance> instances(Connection connection, EventQuery query) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT " + INSTANCE_COLUMNS + " FROM event_instances i WHERE 1 = 1");
    List<Object> values = new ArrayList<>();
    if (query.entity() != null) {
      Set<String> ids = entityIds(connection, query.entity());
      if (ids.isEmpty()) {
        return List.of();
      }
      String in = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
      sql.append(" AND i.id IN (SELECT instance_id FROM events WHERE source_entity IN (").append(in).append(") OR target_entity IN (").append(in)
          .append(") OR source_country_entity IN (").append(in).append(") OR target_country_entity IN (").append(in).append("))");
      for (int n = 0; n < 4; n++) {
        values.addAll(ids);
      }
    }
    if (query.type() != null) {
      sql.append(" AND i.type = ?");
      values.add(query.type().name());
    }
    if (query.from() != null) {
      sql.append(" AND i.day >= ?");
      values.add(query.from().toString());
    }
    if (query.to() != null) {
      sql.append(" AND i.day <= ?");
      values.add(query.to().toString());
    }
    sql.append(query.newestFirst() ? " ORDER BY i.day IS NULL, i.day DESC, i.mentions DESC, i.id" : " ORDER BY i.day IS NULL, i.day, i.mentions DESC, i.id");
    sql.append(" LIMIT ? OFFSET ?");
    values.add(query.limit());
    values.add(query.offset());
    List<EventInstance> instances = new ArrayList<>();
    try (PreparedStatement statement = prepare(connection, sql.toString(), values); ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        instances.add(instance(connection, rows));
      }
    }
    return instances;
  }

  static Optional<EventInstance> instance(Connection connection, String id) throws SQLException {
    try (PreparedStatement statement = prepare(connection, "SELECT " + INSTANCE_COLUMNS + " FROM event_instances i WHERE i.id = ?", List.of(id));
        ResultSet rows = statement.executeQuery()) {
      return rows.next() ? Optional.of(instance(connection, rows)) : Optional.empty();
    }
  }

  /**
   * An instance's mentions, earliest day first: one per sentence (a sentence that codes the event
   * both ways, "Moscow and Washington collaborate", is one mention, given by its first event).
   */
  static List<StoredEvent> mentions(Connection connection, String instanceId, int limit) throws SQLException {
    return events(connection, EventRows.SELECT + " WHERE e.instance_id = ? AND NOT EXISTS (SELECT 1 FROM events d WHERE d.instance_id = e.instance_id"
        + " AND d.article_id = e.article_id AND d.sentence_start = e.sentence_start AND d.ord < e.ord)"
        + " ORDER BY e.day IS NULL, e.day, e.article_id, e.ord LIMIT ?", List.of(instanceId, limit));
  }

  /** An article's events in text order, with resolved ids. */
  static List<StoredEvent> ofArticle(Connection connection, String articleId) throws SQLException {
    return events(connection, EventRows.SELECT + " WHERE e.article_id = ? ORDER BY e.ord", List.of(articleId));
  }

  /** An article's events layer as the pipeline wrote it (in-article ids), its instance links and its producer; empty if it has none stored. */
  static Optional<StoredEventLayer> layer(Connection connection, String articleId) throws SQLException {
    String producer = null;
    try (PreparedStatement statement = prepare(connection, "SELECT producer FROM article_layers WHERE article_id = ? AND layer = 'events'", List.of(articleId));
        ResultSet rows = statement.executeQuery()) {
      if (rows.next()) {
        producer = rows.getString(1);
      }
    }
    if (producer == null) {
      return Optional.empty();
    }
    List<Event> events = new ArrayList<>();
    List<EventLink> links = new ArrayList<>();
    try (PreparedStatement statement = prepare(connection, EventRows.SELECT + " WHERE e.article_id = ? ORDER BY e.ord", List.of(articleId));
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        events.add(EventRows.event(rows, false));
        EventLink link = EventRows.link(rows);
        if (link != null) {
          links.add(link);
        }
      }
    }
    return Optional.of(new StoredEventLayer(events, links, dev.dossier.core.Producer.parse(producer)));
  }

  /** The instances stored under a key, for the engine to match a new mention against. */
  static List<EventInstance.State> byKey(Connection connection, String key) throws SQLException {
    List<EventInstance.State> states = new ArrayList<>();
    try (PreparedStatement statement = prepare(connection, "SELECT id, key, window_from, window_to, place_entity FROM event_instances WHERE key = ? ORDER BY window_from", List.of(key));
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        states.add(new EventInstance.State(rows.getString(1), rows.getString(2), ArticleReader.date(rows.getString(3)), ArticleReader.date(rows.getString(4)), rows.getString(5)));
      }
    }
    return states;
  }

  static boolean exists(Connection connection, String id) throws SQLException {
    try (PreparedStatement statement = prepare(connection, "SELECT 1 FROM events WHERE instance_id = ? LIMIT 1", List.of(id));
        ResultSet rows = statement.executeQuery()) {
      return rows.next();
    }
  }

  static long count(Connection connection, String table) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM " + (table.equals("events") ? "events" : "event_instances"));
        ResultSet rows = statement.executeQuery()) {
      return rows.next() ? rows.getLong(1) : 0;
    }
  }

  private static Set<String> entityIds(Connection connection, String nameOrId) throws SQLException {
    Set<String> ids = new java.util.LinkedHashSet<>();
    if (EntityQueries.profileById(connection, nameOrId).isPresent()) {
      ids.add(nameOrId);
    }
    ids.addAll(EntityQueries.resolve(connection, List.of(nameOrId), null).getOrDefault(nameOrId, Set.of()));
    return ids;
  }

  private static EventInstance instance(Connection connection, ResultSet row) throws SQLException {
    String firstArticle = row.getString(15);
    String firstEvent = row.getString(16);
    List<StoredEvent> evidence = events(connection, EventRows.SELECT + " WHERE e.article_id = ? AND e.local_id = ?", List.of(firstArticle, firstEvent));
    return new EventInstance(row.getString(1), EventType.valueOf(row.getString(2)), row.getString(3), row.getString(4), row.getString(5), row.getString(6),
        row.getString(7), row.getString(8), row.getString(9), ArticleReader.date(row.getString(10)), ArticleReader.date(row.getString(11)),
        ArticleReader.date(row.getString(12)), row.getInt(13), row.getInt(14), evidence.isEmpty() ? null : evidence.getFirst());
  }

  private static List<StoredEvent> events(Connection connection, String sql, List<Object> values) throws SQLException {
    List<StoredEvent> events = new ArrayList<>();
    try (PreparedStatement statement = prepare(connection, sql, values); ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        events.add(new StoredEvent(rows.getString("article_id"), rows.getString("title"), ArticleReader.date(rows.getString("published")),
            ArticleReader.date(rows.getString("day")), rows.getString("instance_id"), rows.getString("sentence"), EventRows.event(rows, true)));
      }
    }
    return events;
  }

  private static PreparedStatement prepare(Connection connection, String sql, List<Object> values) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < values.size(); i++) {
      statement.setObject(i + 1, values.get(i));
    }
    return statement;
  }
}
