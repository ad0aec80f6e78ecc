package dev.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Doc;
import dev.dossier.core.Entity;
import dev.dossier.core.Layers;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incrementally kept entity aggregate must equal one computed from scratch, whatever sequence
 * of new and replaced articles built it.
 */
class EntityAggregatorTest {

  @TempDir Path dir;

  @Test
  void commit_randomNewAndChangedArticles_aggregateEqualsRecomputation() throws SQLException {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    try (Store store = Store.open(dir);
        Connection check = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME))) {
      for (int batch = 0; batch < 20; batch++) {
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          int article = random.nextInt(25);
          docs.add(variant(article, random.nextInt(1000), random));
        }
        store.commit(Batch.of(docs));
        assertAggregateRecomputes(check, "batch " + batch + ", seed " + seed);
      }
      // Replace every article with one that mentions nothing: every entity must go.
      List<Doc> empty = new ArrayList<>();
      for (int article = 0; article < 25; article++) {
        Doc doc = Fixtures.doc("a-" + article, "Nothing to see", "No names here at all.", null, null, List.of(), Map.of());
        empty.add(doc);
      }
      store.commit(Batch.of(empty));
      assertThat(store.entities(null, 1000)).isEmpty();
      assertThat(count(check, "SELECT count(*) FROM entity_names")).isZero();
    }
  }

  /** An article built from seed paragraphs, with some entities named by an alias instead. */
  private static Doc variant(int article, int version, Random random) {
    Doc doc = Fixtures.generated("a-" + article, "v" + version, article * 31 + version);
    List<Entity> renamed = new ArrayList<>();
    for (Entity entity : doc.get(Layers.ENTITIES)) {
      if (!entity.aliases().isEmpty() && random.nextBoolean()) {
        List<String> aliases = new ArrayList<>(entity.aliases().subList(1, entity.aliases().size()));
        aliases.add(entity.name());
        aliases.sort(null);
        renamed.add(new Entity(entity.id(), entity.aliases().getFirst(), entity.type(), aliases, entity.mentions()));
      } else {
        renamed.add(entity);
      }
    }
    return doc.with(Layers.ENTITIES, renamed, Fixtures.ENTITIES);
  }

  private static void assertAggregateRecomputes(Connection check, String context) throws SQLException {
    assertThat(rows(check, "SELECT id, article_count, mention_count, coalesce(first_seen, ''), coalesce(last_seen, '') FROM entities"))
        .as("entities, %s", context)
        .isEqualTo(
            rows(
                check,
                """
                SELECT ae.entity_id, count(*), sum(ae.mention_count), coalesce(min(a.published), ''), coalesce(max(a.published), '')
                FROM article_entities ae JOIN articles a ON a.id = ae.article_id GROUP BY ae.entity_id"""));
    assertThat(rows(check, "SELECT entity_id || '/' || name, articles, canonical_articles FROM entity_names"))
        .as("entity names, %s", context)
        .isEqualTo(
            rows(
                check,
                """
                SELECT u.entity_id || '/' || u.name, count(DISTINCT u.article_id),
                       (SELECT count(*) FROM article_entities c WHERE c.entity_id = u.entity_id AND c.name = u.name)
                FROM (SELECT article_id, entity_id, name FROM article_entities
                      UNION SELECT article_id, entity_id, alias FROM article_entity_aliases) u
                GROUP BY u.entity_id, u.name"""));
    // The canonical name is one given as canonical by the most articles.
    assertThat(
            count(
                check,
                """
                SELECT count(*) FROM entities e
                WHERE (SELECT canonical_articles FROM entity_names WHERE entity_id = e.id AND name = e.name)
                   < (SELECT max(canonical_articles) FROM entity_names WHERE entity_id = e.id)"""))
        .as("entities not named by their most common canonical name, %s", context)
        .isZero();
  }

  private static Map<String, List<String>> rows(Connection connection, String sql) throws SQLException {
    Map<String, List<String>> rows = new HashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 2; i <= columns; i++) {
          values.add(result.getString(i));
        }
        rows.put(result.getString(1), values);
      }
    }
    return rows;
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }
}
