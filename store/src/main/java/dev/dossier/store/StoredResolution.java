package dev.dossier.store;

import dev.dossier.core.Entity;
import dev.dossier.core.EntityLink;
import dev.dossier.core.SanctionsHit;
import java.util.List;

/**
 * What cross-document resolution stored for one article.
 *
 * @param entities the article's own entities, as the entities stage wrote them, in stored order
 * @param links one per entity: the resolved entity it links to
 * @param sanctions the sanctions hits of its entities
 */
public record StoredResolution(List<Entity> entities, List<EntityLink> links, List<SanctionsHit> sanctions) {

  public StoredResolution {
    entities = List.copyOf(entities);
    links = List.copyOf(links);
    sanctions = List.copyOf(sanctions);
  }

  /** True if the article was stored without resolution (an older version, or no entities). */
  public boolean isEmpty() {
    return links.isEmpty();
  }
}
