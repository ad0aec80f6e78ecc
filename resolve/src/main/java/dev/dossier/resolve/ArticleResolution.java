package dev.dossier.resolve;

import dev.dossier.core.EntityLink;
import dev.dossier.core.EntityType;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The resolution of one article: a link for each of its entities, and for each resolved entity the
 * name keys the article adds to it.
 *
 * @param articleId the article
 * @param published its publication date, or {@code null}
 * @param links one per in-article entity, in the entities layer's order
 * @param keys for each resolved id the article mentions, the {@link NameKeys keys} of the names it
 *     uses; iterated in the given order
 */
public record ArticleResolution(String articleId, LocalDate published, List<EntityLink> links, Map<String, Set<String>> keys) {

  public ArticleResolution {
    links = List.copyOf(links);
    // In the caller's order, not Map.copyOf's, whose iteration order changes from one JVM run to
    // the next: the memory files ids under a key in this order, and the order of a key's ids
    // breaks ties between equally supported candidates.
    Map<String, Set<String>> ordered = new LinkedHashMap<>();
    keys.forEach((id, idKeys) -> ordered.put(id, Collections.unmodifiableSet(new LinkedHashSet<>(idKeys))));
    keys = Collections.unmodifiableMap(ordered);
  }

  /** The resolved entities the article mentions (deleted ones left out), with their canonical name and type. */
  public Map<String, EntityLink> resolved() {
    Map<String, EntityLink> resolved = new LinkedHashMap<>();
    for (EntityLink link : links) {
      if (!link.method().equals(CurationRules.DELETED)) {
        resolved.putIfAbsent(link.resolvedId(), link);
      }
    }
    return resolved;
  }

  /** The type of a resolved entity the article mentions, or {@code null}. */
  public EntityType typeOf(String resolvedId) {
    EntityLink link = resolved().get(resolvedId);
    return link == null ? null : link.type();
  }
}
