package dev.dossier.store;

import dev.dossier.core.EntityType;
import java.util.List;

/**
 * A co-mention graph: entities as nodes, and an edge between two entities for every pair that
 * stored articles mention together, weighted by how many articles do.
 *
 * @param nodes the entities, the centre first when there is one, then by article count
 * @param edges every co-mention among the nodes, heaviest first; {@code source} sorts before
 *     {@code target}, so each pair appears once
 */
public record EntityGraph(List<Node> nodes, List<Edge> edges) {

  public EntityGraph {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** The graph with nothing in it, for an entity that does not exist. */
  public static final EntityGraph EMPTY = new EntityGraph(List.of(), List.of());

  /**
   * One entity.
   *
   * @param articles how many stored articles mention it
   * @param mentions how many times they do
   */
  public record Node(String id, String name, EntityType type, int articles, int mentions) {}

  /**
   * Two entities mentioned in the same articles.
   *
   * @param sharedArticles how many articles mention both, at least 1
   */
  public record Edge(String source, String target, int sharedArticles) {}
}
