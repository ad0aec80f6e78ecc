package dev.dossier.engine;

import dev.dossier.store.EventInstance;
import dev.dossier.store.Store;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The event instances in the store as the merging step's memory, read by key (and cached for one
 * batch). It records nothing itself: the batch's instances reach the store with its commit; until
 * then {@link EventInstances.InMemory} on top of it holds them.
 */
final class StoreEventMemory implements EventInstances.Memory {

  private final Store store;
  private final Map<String, List<EventInstance.State>> byKey = new HashMap<>();

  StoreEventMemory(Store store) {
    this.store = store;
  }

  @Override
  public List<EventInstance.State> byKey(String key) {
    return byKey.computeIfAbsent(key, k -> store.events().byKey(k));
  }

  @Override
  public boolean exists(String id) {
    return store.events().exists(id);
  }

  @Override
  public void record(EventInstance.State state) {
    throw new UnsupportedOperationException("the store's instances change only by committing a batch");
  }
}
