package dev.dossier.store;

import dev.dossier.core.Doc;
import dev.dossier.core.Layers;
import dev.dossier.core.Producer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Writes a batch's events inside its transaction and keeps the {@code event_instances}
 * aggregates: each instance touched by the batch (by a new mention, or by the old version of a
 * replaced article) is recounted from its mentions (sentences: one sentence that codes an event
 * both ways, "Moscow and Washington collaborate", is one mention), and dropped when none is left. An instance
 * takes its names from its first mention (earliest day, then article and position) and is placed
 * at the earliest day a mention states, or failing that the earliest publication.
 */
final class EventWriter {

  private final Connection connection;

  EventWriter(Connection connection) {
    this.connection = connection;
  }

  /** The instances the stored versions of these articles mention: read before they are replaced. */
  static Set<String> instancesOf(Connection connection, Collection<String> articleIds) throws SQLException {
    Set<String> instances = new HashSet<>();
    try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT instance_id FROM events WHERE article_id = ? AND instance_id IS NOT NULL")) {
      for (String id : articleIds) {
        query.setString(1, id);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            instances.add(rows.getString(1));
          }
        }
      }
    }
    return instances;
  }

  /** Inserts the documents' events (their articles are already written) and recounts the touched instances. */
  void write(Collection<Doc> docs, Set<String> previous) throws SQLException {
    Set<String> touched = new LinkedHashSet<>(previous);
    try (PreparedStatement insert = connection.prepareStatement(EventRows.INSERT)) {
      for (Doc doc : docs) {
        if (!doc.has(Layers.EVENTS)) {
          continue;
        }
        EventRows.add(insert, doc, doc.producer(Layers.EVENTS).map(Producer::toString).orElseThrow());
        if (doc.has(Layers.EVENT_LINKS)) {
          doc.get(Layers.EVENT_LINKS).forEach(link -> touched.add(link.instanceId()));
        }
      }
      insert.executeBatch();
    }
    recount(touched);
  }

  private void recount(Set<String> instances) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM event_instances WHERE id = ?");
        PreparedStatement insert =
            connection.prepareStatement(
                """
                INSERT INTO event_instances (id, key, type, cameo, source_name, source_entity, target_name, target_entity, place_name, place_entity,
                  day, window_from, window_to, mentions, articles, first_article, first_event)
                SELECT e.instance_id, e.instance_key, e.type, e.cameo, e.source_name, coalesce(e.source_entity, e.source_country_entity),
                  e.target_name, coalesce(e.target_entity, e.target_country_entity), e.place_name, e.place_entity,
                  coalesce((SELECT min(day) FROM events d WHERE d.instance_id = ?1 AND d.date_start IS NOT NULL),
                           (SELECT min(day) FROM events d WHERE d.instance_id = ?1)),
                  (SELECT min(window_from) FROM events d WHERE d.instance_id = ?1),
                  (SELECT max(window_to) FROM events d WHERE d.instance_id = ?1),
                  (SELECT count(DISTINCT d.article_id || ':' || d.sentence_start) FROM events d WHERE d.instance_id = ?1),
                  (SELECT count(DISTINCT article_id) FROM events d WHERE d.instance_id = ?1),
                  e.article_id, e.local_id
                FROM events e WHERE e.instance_id = ?1
                ORDER BY e.day IS NULL, e.day, e.article_id, e.ord LIMIT 1""")) {
      for (String id : instances) {
        delete.setString(1, id);
        delete.executeUpdate();
        insert.setString(1, id);
        insert.executeUpdate();
      }
    }
  }
}
