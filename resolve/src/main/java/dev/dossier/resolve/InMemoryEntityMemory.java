package dev.dossier.resolve;

import dev.dossier.core.EntityLink;
import dev.dossier.core.EntityType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An {@link EntityMemory} held in memory, filled by the articles resolved through it: for {@code
 * analyze} over several inputs and for the evaluations. Not thread-safe.
 */
public final class InMemoryEntityMemory implements EntityMemory {

  private static final class State {
    String name;
    EntityType type;
    String kbId;
    int articles;
    LocalDate first;
    LocalDate last;
    final Map<String, Integer> coMentions = new HashMap<>();
  }

  private final Map<String, Set<String>> byKey = new HashMap<>();
  private final Map<String, State> entities = new HashMap<>();
  private long articles;

  @Override
  public Set<String> lookup(String key) {
    Set<String> ids = byKey.get(key);
    return ids == null ? Set.of() : ordered(ids);
  }

  @Override
  public Optional<Known> entity(String id) {
    State state = entities.get(id);
    return state == null ? Optional.empty() : Optional.of(new Known(id, state.name, state.type, state.kbId, state.articles, state.first, state.last));
  }

  @Override
  public Map<String, Integer> coMentions(String id) {
    State state = entities.get(id);
    return state == null ? Map.of() : state.coMentions;
  }

  @Override
  public long articleCount() {
    return articles;
  }

  @Override
  public void record(ArticleResolution resolution) {
    articles++;
    Map<String, EntityLink> resolved = resolution.resolved();
    for (EntityLink link : resolved.values()) {
      State state = entities.computeIfAbsent(link.resolvedId(), id -> new State());
      state.name = link.name();
      state.type = link.type();
      state.kbId = link.kbId();
      state.articles++;
      LocalDate published = resolution.published();
      if (published != null) {
        state.first = state.first == null || published.isBefore(state.first) ? published : state.first;
        state.last = state.last == null || published.isAfter(state.last) ? published : state.last;
      }
      for (String other : resolved.keySet()) {
        if (!other.equals(link.resolvedId())) {
          state.coMentions.merge(other, 1, Integer::sum);
        }
      }
    }
    resolution.keys().forEach((id, keys) -> {
      if (resolved.containsKey(id)) {
        for (String key : keys) {
          byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(id);
        }
      }
    });
  }

  /** Every id the memory knows, for tests. */
  Set<String> ids() {
    return new HashSet<>(entities.keySet());
  }
}
