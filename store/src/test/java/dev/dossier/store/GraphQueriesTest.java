package dev.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Doc;
import dev.dossier.core.EntityType;
import dev.dossier.core.Layers;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphQueriesTest {

  @TempDir static Path dir;
  static Store store;
  static Doc seed000 = Fixtures.seed000();
  static Doc seed004 = Fixtures.seed004();

  @BeforeAll
  static void open() {
    store = Store.open(dir);
    store.commit(Batch.of(List.of(seed000, seed004)));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static Set<String> ids(Doc doc) {
    Set<String> ids = new HashSet<>();
    doc.get(Layers.ENTITIES).forEach(entity -> ids.add(entity.id()));
    return ids;
  }

  /** Articles mentioning both, counted from the documents themselves. */
  private static int shared(String a, String b) {
    int shared = 0;
    for (Doc doc : List.of(seed000, seed004)) {
      if (ids(doc).contains(a) && ids(doc).contains(b)) {
        shared++;
      }
    }
    return shared;
  }

  @Test
  void neighbourhood_entity_centreFirstThenMostCoMentioned() {
    EntityGraph graph = store.neighbourhood("person:mike-pompeo", null, 5);

    assertThat(graph.nodes()).hasSize(6);
    assertThat(graph.nodes().getFirst().id()).isEqualTo("person:mike-pompeo");
    assertThat(graph.nodes().getFirst().name()).isEqualTo("Mike Pompeo");
  }

  @Test
  void neighbourhood_edges_weightIsSharedArticlesAndEachPairOnce() {
    EntityGraph graph = store.neighbourhood("person:donald-trump", null, 12);

    Set<String> nodeIds = new HashSet<>();
    graph.nodes().forEach(node -> nodeIds.add(node.id()));
    Set<String> pairs = new HashSet<>();
    for (EntityGraph.Edge edge : graph.edges()) {
      assertThat(nodeIds).contains(edge.source(), edge.target());
      assertThat(edge.source()).isLessThan(edge.target());
      assertThat(pairs.add(edge.source() + " " + edge.target())).isTrue();
      assertThat(edge.sharedArticles()).isEqualTo(shared(edge.source(), edge.target()));
    }
    // Every pair of nodes that some article mentions together has its edge.
    List<String> list = List.copyOf(nodeIds);
    int expected = 0;
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        expected += shared(list.get(i), list.get(j)) > 0 ? 1 : 0;
      }
    }
    assertThat(graph.edges()).hasSize(expected);
    assertThat(graph.edges()).extracting(EntityGraph.Edge::sharedArticles).isSortedAccordingTo((a, b) -> b - a);
  }

  @Test
  void neighbourhood_type_onlyNeighboursOfThatType() {
    EntityGraph graph = store.neighbourhood("person:donald-trump", EntityType.LOCATION, 50);

    assertThat(graph.nodes().subList(1, graph.nodes().size())).isNotEmpty().allSatisfy(node -> assertThat(node.type()).isEqualTo(EntityType.LOCATION));
  }

  @Test
  void neighbourhood_unknownEntity_empty() {
    assertThat(store.neighbourhood("person:nobody", null, 10)).isEqualTo(EntityGraph.EMPTY);
  }

  @Test
  void overviewGraph_top_mostMentionedEntitiesWithTheirEdges() {
    EntityGraph graph = store.overviewGraph(null, 8);

    assertThat(graph.nodes()).extracting(EntityGraph.Node::id).containsExactlyElementsOf(store.entities(null, 8).stream().map(EntitySummary::id).toList());
    assertThat(graph.edges()).isNotEmpty();
  }

  @Test
  void entities_nameContains_canonicalOrAliasIgnoringCasePaged() {
    assertThat(store.entities("POMPEO", null, 10, 0)).extracting(EntitySummary::id).containsExactly("person:mike-pompeo");
    assertThat(store.entities("federation", null, 10, 0)).extracting(EntitySummary::id).containsExactly("location:russia");
    assertThat(store.entities("sergey", EntityType.PERSON, 10, 0)).extracting(EntitySummary::id)
        .containsExactlyInAnyOrder("person:sergey-lavrov", "person:sergey-kislyak");
    assertThat(store.entities("", null, 3, 0)).extracting(EntitySummary::id).containsExactlyElementsOf(store.entities(null, 3).stream().map(EntitySummary::id).toList());
    assertThat(store.entities("", null, 3, 3)).extracting(EntitySummary::id).doesNotContainAnyElementsOf(store.entities(null, 3).stream().map(EntitySummary::id).toList());
  }

  @Test
  void entities_likeWildcards_matchedLiterally() {
    assertThat(store.entities("%", null, 10, 0)).isEmpty();
    assertThat(store.entities("_", null, 10, 0)).isEmpty();
  }

  @Test
  void entityById_exactIdOnly() {
    assertThat(store.entityById("person:mike-pompeo")).hasValueSatisfying(profile -> assertThat(profile.name()).isEqualTo("Mike Pompeo"));
    assertThat(store.entityById("Pompeo")).isEmpty();
  }
}
