package dev.dossier.engine;

import dev.dossier.resolve.ArticleResolution;
import dev.dossier.resolve.EntityMemory;
import dev.dossier.store.EntityState;
import dev.dossier.store.Store;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The corpus in the store as resolution's memory: name keys, entity aggregates and co-mentions are
 * read from the database (and cached for one batch). It records nothing itself: the batch's
 * resolutions reach the store with the batch's commit; until then {@link BatchMemory} holds them.
 */
final class StoreEntityMemory implements EntityMemory {

  /** Co-mentions read per entity: enough to weigh context, bounded for entities in every article. */
  private static final int CO_MENTIONS = 500;

  private final Store store;
  private final Map<String, Set<String>> keys = new HashMap<>();
  private final Map<String, Optional<Known>> entities = new HashMap<>();
  private final Map<String, Map<String, Integer>> coMentions = new HashMap<>();
  private long articles = -1;

  StoreEntityMemory(Store store) {
    this.store = store;
  }

  @Override
  public Set<String> lookup(String key) {
    return keys.computeIfAbsent(key, k -> store.resolved().entityIdsByKey(k));
  }

  @Override
  public Optional<Known> entity(String id) {
    return entities.computeIfAbsent(id, k -> store.resolved().entityState(k).map(StoreEntityMemory::known));
  }

  private static Known known(EntityState state) {
    return new Known(state.id(), state.name(), state.type(), state.kbId(), state.articles(), state.firstSeen(), state.lastSeen());
  }

  @Override
  public Map<String, Integer> coMentions(String id) {
    return coMentions.computeIfAbsent(id, k -> store.resolved().coMentions(k, CO_MENTIONS));
  }

  @Override
  public long articleCount() {
    if (articles < 0) {
      articles = store.resolved().articleCount();
    }
    return articles;
  }

  @Override
  public void record(ArticleResolution resolution) {
    throw new UnsupportedOperationException("the store records resolutions with the batch's commit");
  }
}
