package dev.dossier.store;

import dev.dossier.core.Article;
import dev.dossier.core.Doc;
import dev.dossier.core.Entity;
import dev.dossier.core.EntityLinks;
import dev.dossier.core.EntityType;
import dev.dossier.core.Layers;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the search index holds of an article: its searchable text, its filters and its facets. Built
 * from a committed {@link Doc}, or from the database when the index is repaired, so both paths
 * index the same thing.
 */
record IndexedArticle(
    String id, String title, String text, LocalDate published, String source, Set<String> entityIds, Set<EntityType> entityTypes) {

  IndexedArticle {
    entityIds = Set.copyOf(entityIds);
    entityTypes = Set.copyOf(entityTypes);
  }

  static IndexedArticle of(Doc doc) {
    Set<String> ids = new LinkedHashSet<>();
    Set<EntityType> types = EnumSet.noneOf(EntityType.class);
    if (doc.has(Layers.ENTITIES)) {
      for (Entity entity : EntityLinks.resolved(doc)) {
        ids.add(entity.id());
        types.add(entity.type());
      }
    }
    Article article = doc.article();
    return new IndexedArticle(article.id(), article.title(), article.text(), article.published(), article.source(), ids, types);
  }
}
