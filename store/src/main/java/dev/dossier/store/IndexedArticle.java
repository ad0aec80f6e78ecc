package dev.dossier.store;

import dev.dossier.core.Article;
import dev.dossier.core.Doc;
import dev.dossier.core.Entity;
import dev.dossier.core.EntityLinks;
import dev.dossier.core.EntityType;
import dev.dossier.core.Layers;
import dev.dossier.core.Quote;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the search index holds of an article: its searchable text, its filters and its facets, and
 * its quotes (what was said, and who said it: speakers' entity ids and names). Built from a
 * committed {@link Doc}, or from the database when the index is repaired, so both paths index the
 * same thing.
 */
record IndexedArticle(
    String id, String title, String text, LocalDate published, String source, Set<String> entityIds, Set<EntityType> entityTypes,
    List<String> quotes, Set<String> speakerIds, Set<String> speakerNames) {

  IndexedArticle {
    entityIds = Set.copyOf(entityIds);
    entityTypes = Set.copyOf(entityTypes);
    quotes = List.copyOf(quotes);
    speakerIds = Set.copyOf(speakerIds);
    speakerNames = Set.copyOf(speakerNames);
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
    List<String> quotes = new ArrayList<>();
    Set<String> speakerIds = new LinkedHashSet<>();
    Set<String> speakerNames = new LinkedHashSet<>();
    if (doc.has(Layers.QUOTES)) {
      for (Quote quote : doc.get(Layers.QUOTES)) {
        quotes.add(quote.text());
        if (quote.speaker() != null) {
          if (quote.speaker().entity() != null) {
            // The index holds resolved ids, as for the entities above; a deleted entity has none.
            EntityLinks.resolvedId(doc, quote.speaker().entity()).ifPresent(speakerIds::add);
          }
          speakerNames.add(quote.speaker().name());
        }
      }
    }
    Article article = doc.article();
    return new IndexedArticle(
        article.id(), article.title(), article.text(), article.published(), article.source(), ids, types, quotes, speakerIds, speakerNames);
  }
}
