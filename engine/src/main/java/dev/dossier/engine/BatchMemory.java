package dev.dossier.engine;

import dev.dossier.resolve.ArticleResolution;
import dev.dossier.resolve.EntityMemory;
import dev.dossier.resolve.InMemoryEntityMemory;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The stored corpus plus the articles of the batch being resolved: a later article of a batch
 * joins the entities an earlier one started before either is committed.
 */
final class BatchMemory implements EntityMemory {

  private final EntityMemory stored;
  private final InMemoryEntityMemory batch = new InMemoryEntityMemory();

  BatchMemory(EntityMemory stored) {
    this.stored = stored;
  }

  @Override
  public Set<String> lookup(String key) {
    Set<String> ids = new LinkedHashSet<>(stored.lookup(key));
    ids.addAll(batch.lookup(key));
    // Ordered by the counts of store and batch together, as the store orders them once the batch
    // is committed: where a batch ends must not change which candidate a tie goes to.
    return ordered(ids);
  }

  @Override
  public Optional<Known> entity(String id) {
    Optional<Known> old = stored.entity(id);
    Optional<Known> fresh = batch.entity(id);
    if (old.isEmpty()) {
      return fresh;
    }
    if (fresh.isEmpty()) {
      return old;
    }
    Known a = old.get();
    Known b = fresh.get();
    return Optional.of(new Known(id, b.name(), b.type(), b.kbId() != null ? b.kbId() : a.kbId(), a.articles() + b.articles(),
        a.firstSeen() == null || (b.firstSeen() != null && b.firstSeen().isBefore(a.firstSeen())) ? b.firstSeen() : a.firstSeen(),
        a.lastSeen() == null || (b.lastSeen() != null && b.lastSeen().isAfter(a.lastSeen())) ? b.lastSeen() : a.lastSeen()));
  }

  @Override
  public Map<String, Integer> coMentions(String id) {
    Map<String, Integer> fresh = batch.coMentions(id);
    if (fresh.isEmpty()) {
      return stored.coMentions(id);
    }
    Map<String, Integer> merged = new HashMap<>(stored.coMentions(id));
    fresh.forEach((other, count) -> merged.merge(other, count, Integer::sum));
    return merged;
  }

  @Override
  public long articleCount() {
    return stored.articleCount() + batch.articleCount();
  }

  @Override
  public void record(ArticleResolution resolution) {
    batch.record(resolution);
  }
}
