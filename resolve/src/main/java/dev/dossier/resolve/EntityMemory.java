package dev.dossier.resolve;

import dev.dossier.core.EntityType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What resolution knows of the entities already resolved: the corpus so far. The engine gives the
 * resolver one backed by the store (so a new article joins entities of every earlier ingest
 * without reprocessing them); {@code analyze} and the evaluations give it one in memory.
 *
 * <p>Implementations need not be thread-safe: one resolver uses one memory at a time.
 */
public interface EntityMemory {

  /**
   * A resolved entity as the corpus knows it.
   *
   * @param kbId its knowledge-base id, or {@code null}
   * @param articles how many articles mention it
   * @param firstSeen earliest publication date among them, or {@code null}
   * @param lastSeen latest, or {@code null}
   */
  record Known(String id, String name, EntityType type, String kbId, int articles, LocalDate firstSeen, LocalDate lastSeen) {}

  /**
   * The ids of the entities known under a {@link NameKeys name key}, most mentioned first (by
   * articles), then by id, as {@link #ordered} gives them. The order breaks ties between equally
   * supported candidates, so it depends on what the memory holds, never on how it was filled (in
   * one batch or several) or on hashing.
   */
  Set<String> lookup(String key);

  /** The ids, most articles first as this memory counts them, then by id; unknown ids count none. */
  default Set<String> ordered(Collection<String> ids) {
    List<String> sorted = new ArrayList<>(ids);
    sorted.sort(Comparator.comparingInt((String id) -> entity(id).map(Known::articles).orElse(0)).reversed().thenComparing(Comparator.naturalOrder()));
    return new LinkedHashSet<>(sorted);
  }

  /** The entity with this id, if any article mentions it. */
  Optional<Known> entity(String id);

  /** The entities mentioned in the same articles as this one, with how many articles they share. */
  Map<String, Integer> coMentions(String id);

  /** How many articles the memory holds. */
  long articleCount();

  /** Adds an article's resolution, so later articles can join its entities. */
  void record(ArticleResolution resolution);
}
