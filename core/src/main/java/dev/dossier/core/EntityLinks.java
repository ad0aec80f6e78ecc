package dev.dossier.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Translates an article's own entities through its {@link Layers#LINKS links} into the corpus's
 * resolved entities: the view the store keeps and the output contract shows. Pure functions.
 */
public final class EntityLinks {

  private EntityLinks() {}

  /**
   * The article's entities as resolved: one per resolved entity (in-article entities linked to one
   * resolved entity are merged, their mentions in text order), with the resolved id, canonical name
   * and type, and as aliases every name the article uses for it other than the canonical one.
   * Entities linked as {@link EntityLink#DELETED deleted} are left out. A document without links
   * gives its own entities unchanged.
   */
  public static List<Entity> resolved(Doc doc) {
    List<Entity> locals = doc.has(Layers.ENTITIES) ? doc.get(Layers.ENTITIES) : List.of();
    if (!doc.has(Layers.LINKS)) {
      return locals;
    }
    Map<String, EntityLink> links = byEntity(doc.get(Layers.LINKS));
    Map<String, EntityLink> first = new LinkedHashMap<>();
    Map<String, List<Mention>> mentions = new HashMap<>();
    Map<String, TreeSet<String>> aliases = new HashMap<>();
    for (Entity local : locals) {
      EntityLink link = links.get(local.id());
      if (link == null) {
        link = new EntityLink(local.id(), local.id(), local.name(), local.type(), null, "unlinked", 1.0);
      }
      if (link.method().equals(EntityLink.DELETED)) {
        continue;
      }
      first.putIfAbsent(link.resolvedId(), link);
      mentions.computeIfAbsent(link.resolvedId(), k -> new ArrayList<>()).addAll(local.mentions());
      TreeSet<String> names = aliases.computeIfAbsent(link.resolvedId(), k -> new TreeSet<>());
      names.add(local.name());
      names.addAll(local.aliases());
    }
    List<Entity> resolved = new ArrayList<>();
    for (EntityLink link : first.values()) {
      List<Mention> sorted = new ArrayList<>(mentions.get(link.resolvedId()));
      sorted.sort(Comparator.comparing(Mention::span));
      TreeSet<String> names = aliases.get(link.resolvedId());
      names.remove(link.name());
      resolved.add(new Entity(link.resolvedId(), link.name(), link.type(), List.copyOf(names), sorted));
    }
    resolved.sort(Comparator.comparing(entity -> entity.mentions().isEmpty() ? Span.EMPTY_AT_END : entity.mentions().getFirst().span()));
    return resolved;
  }

  /** The links by in-article entity id. */
  public static Map<String, EntityLink> byEntity(List<EntityLink> links) {
    Map<String, EntityLink> byEntity = new LinkedHashMap<>();
    for (EntityLink link : links) {
      byEntity.put(link.entityId(), link);
    }
    return byEntity;
  }

  /**
   * The resolved id an in-article entity id stands for in this document: what a quote's speaker or
   * an event's actor, which refer to in-article ids, translate through. Empty if the entity was
   * deleted; the id itself if the document has no links.
   */
  public static Optional<String> resolvedId(Doc doc, String entityId) {
    if (!doc.has(Layers.LINKS)) {
      return Optional.of(entityId);
    }
    for (EntityLink link : doc.get(Layers.LINKS)) {
      if (link.entityId().equals(entityId)) {
        return link.method().equals(EntityLink.DELETED) ? Optional.empty() : Optional.of(link.resolvedId());
      }
    }
    return Optional.of(entityId);
  }
}
