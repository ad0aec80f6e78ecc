package dev.dossier.store;

import dev.dossier.core.Entity;
import dev.dossier.core.EntityType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the store-wide {@code entities} and {@code entity_names} tables equal to an aggregate of
 * the per-article rows, by adding what a batch's articles contribute and subtracting what the
 * versions they replace contributed. The cost of a batch depends on the batch, not on how many
 * articles already mention its entities.
 *
 * <p>The aggregate:
 *
 * <ul>
 *   <li>{@code entity_names}: every name any current article gives the entity (its canonical name
 *       there or an alias), with how many articles use it and how many use it as the canonical
 *       name; a name no article uses any more is deleted;
 *   <li>canonical name and type: the name the most articles give as canonical; a tie goes to the
 *       name most recently written as canonical, then to the alphabetically first. One article with
 *       an odd name cannot rename an entity the others agree on;
 *   <li>aliases: the entity's other names;
 *   <li>article and mention counts over the articles that mention it now; first and last seen are
 *       read from an index on ({@code entity_id}, {@code published}), so they shrink correctly when
 *       the first or last article goes;
 *   <li>an entity no article mentions any more is deleted, and its names with it.
 * </ul>
 *
 * <p>Use one instance per batch: record with {@link #add} and {@link #remove}, then {@link #apply}
 * inside the batch's transaction.
 */
final class EntityAggregator {

  /** Net change to one entity: articles and mentions, and a name for it should it be new. */
  private static final class EntityDelta {
    int articles;
    int mentions;
    String name;
    EntityType type;
    boolean removed;
  }

  /** Net change to one name of one entity. */
  private static final class NameDelta {
    int articles;
    int canonical;
    EntityType type;
    long lastBatch;
  }

  private record NameKey(String entityId, String name) {}

  private final long batch;
  private final Map<String, EntityDelta> entities = new LinkedHashMap<>();
  private final Map<NameKey, NameDelta> names = new LinkedHashMap<>();

  /** @param batch the batch being written: recorded as the last canonical use of the names it adds */
  EntityAggregator(long batch) {
    this.batch = batch;
  }

  /** The case-insensitive lookup key of a name or alias. */
  static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  /** An article now mentions the entity. */
  void add(Entity entity) {
    EntityDelta delta = entities.computeIfAbsent(entity.id(), id -> new EntityDelta());
    delta.articles++;
    delta.mentions += entity.mentions().size();
    delta.name = entity.name();
    delta.type = entity.type();
    for (String name : surfaces(entity.name(), entity.aliases())) {
      NameDelta nameDelta = names.computeIfAbsent(new NameKey(entity.id(), name), k -> new NameDelta());
      nameDelta.articles++;
      nameDelta.type = entity.type();
      if (name.equals(entity.name())) {
        nameDelta.canonical++;
        nameDelta.lastBatch = batch;
      }
    }
  }

  /** An article that mentioned the entity, under this name, type and aliases, is being replaced. */
  void remove(String entityId, String name, EntityType type, int mentions, Collection<String> aliases) {
    EntityDelta delta = entities.computeIfAbsent(entityId, id -> new EntityDelta());
    delta.removed = true;
    delta.articles--;
    delta.mentions -= mentions;
    for (String surface : surfaces(name, aliases)) {
      NameDelta nameDelta = names.computeIfAbsent(new NameKey(entityId, surface), k -> new NameDelta());
      nameDelta.articles--;
      if (nameDelta.type == null) {
        nameDelta.type = type;
      }
      if (surface.equals(name)) {
        nameDelta.canonical--;
      }
    }
  }

  private static Set<String> surfaces(String name, Collection<String> aliases) {
    Set<String> surfaces = new LinkedHashSet<>();
    surfaces.add(name);
    surfaces.addAll(aliases);
    return surfaces;
  }

  /** Writes the recorded changes and re-derives each touched entity's name, type and dates. */
  void apply(Connection connection) throws SQLException {
    if (entities.isEmpty()) {
      return;
    }
    try (PreparedStatement entity =
            connection.prepareStatement(
                """
                INSERT INTO entities (id, name, type, article_count, mention_count) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET
                  article_count = article_count + excluded.article_count,
                  mention_count = mention_count + excluded.mention_count""");
        PreparedStatement name =
            connection.prepareStatement(
                """
                INSERT INTO entity_names (entity_id, name, name_key, articles, canonical_articles, type, last_batch)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (entity_id, name) DO UPDATE SET
                  articles = articles + excluded.articles,
                  canonical_articles = canonical_articles + excluded.canonical_articles,
                  type = CASE WHEN excluded.last_batch > last_batch THEN excluded.type ELSE type END,
                  last_batch = max(last_batch, excluded.last_batch)""")) {
      for (Map.Entry<String, EntityDelta> change : entities.entrySet()) {
        EntityDelta delta = change.getValue();
        entity.setString(1, change.getKey());
        // For an entity new to the store; recomputed below from its names either way.
        entity.setString(2, delta.name == null ? change.getKey() : delta.name);
        entity.setString(3, delta.type == null ? EntityType.MISC.name() : delta.type.name());
        entity.setInt(4, delta.articles);
        entity.setInt(5, delta.mentions);
        entity.addBatch();
      }
      entity.executeBatch();
      for (Map.Entry<NameKey, NameDelta> change : names.entrySet()) {
        NameDelta delta = change.getValue();
        name.setString(1, change.getKey().entityId());
        name.setString(2, change.getKey().name());
        name.setString(3, key(change.getKey().name()));
        name.setInt(4, delta.articles);
        name.setInt(5, delta.canonical);
        name.setString(6, delta.type.name());
        name.setLong(7, delta.lastBatch);
        name.addBatch();
      }
      name.executeBatch();
    }
    rederive(connection);
  }

  /**
   * Deletes what no article uses any more, then re-derives each touched entity's name, type and
   * dates, all as batched statements: no per-entity round trip to Java.
   */
  private void rederive(Connection connection) throws SQLException {
    try (PreparedStatement unusedEntity = connection.prepareStatement("DELETE FROM entities WHERE id = ? AND article_count <= 0");
        PreparedStatement unusedNames = connection.prepareStatement("DELETE FROM entity_names WHERE entity_id = ? AND articles <= 0");
        PreparedStatement update =
            connection.prepareStatement(
                """
                UPDATE entities SET
                  name = coalesce((SELECT name FROM entity_names WHERE entity_id = ?1 AND canonical_articles > 0
                                   ORDER BY canonical_articles DESC, last_batch DESC, name LIMIT 1), name),
                  type = coalesce((SELECT type FROM entity_names WHERE entity_id = ?1 AND canonical_articles > 0
                                   ORDER BY canonical_articles DESC, last_batch DESC, name LIMIT 1), type),
                  first_seen = (SELECT min(published) FROM article_entities WHERE entity_id = ?1),
                  last_seen = (SELECT max(published) FROM article_entities WHERE entity_id = ?1)
                WHERE id = ?1""")) {
      for (Map.Entry<String, EntityDelta> change : entities.entrySet()) {
        // Only a replaced article can take the last use of an entity or a name away.
        if (change.getValue().removed) {
          unusedEntity.setString(1, change.getKey());
          unusedEntity.addBatch();
          unusedNames.setString(1, change.getKey());
          unusedNames.addBatch();
        }
        update.setString(1, change.getKey());
        update.addBatch();
      }
      // In this order: an entity's deletion cascades to its names; the update of a deleted entity
      // matches no row. The subqueries for first and last seen are separate because SQLite answers
      // a lone min() or max() from the (entity_id, published) index without scanning.
      unusedEntity.executeBatch();
      unusedNames.executeBatch();
      update.executeBatch();
    }
  }
}
