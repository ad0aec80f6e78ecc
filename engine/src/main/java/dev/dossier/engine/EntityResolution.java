package dev.dossier.engine;

import dev.dossier.core.Doc;
import dev.dossier.core.Layers;
import dev.dossier.resolve.ArticleResolution;
import dev.dossier.resolve.CurationRules;
import dev.dossier.resolve.EntityMemory;
import dev.dossier.resolve.Resolver;
import dev.dossier.resolve.sanctions.SanctionsScreener;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The engine's cross-document entity step: resolves each article of a batch against the corpus
 * (adding the {@link Layers#LINKS links} layer), screens its entities against the sanctions list
 * (adding {@link Layers#SANCTIONS}), and gathers the name keys the store keeps for the resolved
 * entities. Invoked once per batch, just before the batch is committed, so links commit
 * atomically with their articles; it touches nothing else, so other cross-document steps can run
 * beside it.
 *
 * <p>Not thread-safe: one batch at a time.
 */
final class EntityResolution {

  /** One resolved batch: its documents with links and hits, and the keys to store. */
  record Resolved(List<Doc> docs, Map<String, Set<String>> keys) {}

  private final Resolver resolver;
  private final SanctionsScreener screener;

  EntityResolution(Resolver resolver, SanctionsScreener screener) {
    this.resolver = resolver;
    this.screener = screener;
  }

  static EntityResolution standard(CurationRules rules) {
    return new EntityResolution(Resolver.standard().withRules(rules), SanctionsScreener.standard());
  }

  /** Resolves and screens the documents in order, each seeing the ones before it, recording each in the memory. */
  Resolved resolve(List<Doc> docs, EntityMemory memory) {
    List<Doc> resolved = new ArrayList<>(docs.size());
    Map<String, Set<String>> keys = new LinkedHashMap<>();
    for (Doc doc : docs) {
      ArticleResolution resolution = resolver.resolve(doc, memory);
      memory.record(resolution);
      resolution.keys().forEach((id, k) -> keys.computeIfAbsent(id, x -> new LinkedHashSet<>()).addAll(k));
      resolved.add(screener.screen(doc.with(Layers.LINKS, resolution.links(), Resolver.PRODUCER)));
    }
    return new Resolved(resolved, keys);
  }

  /** Resolves and screens one document against a memory that then records it: for {@code analyze}. */
  Doc resolve(Doc doc, EntityMemory memory) {
    return screener.screen(resolver.link(doc, memory));
  }
}
