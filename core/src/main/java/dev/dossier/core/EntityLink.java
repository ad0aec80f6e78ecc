package dev.dossier.core;

import java.util.Objects;

/**
 * Where one of an article's entities stands in the whole corpus: the resolved entity it is, as
 * decided by cross-document resolution in the engine.
 *
 * <p>Every layer that refers to an entity (entities, quotes' speakers, events' actors) refers to
 * the article's own {@link Entity#id()}; translating that id through the article's links gives
 * the corpus-wide id. Several in-article entities may link to one resolved entity ("Russia" and
 * the demonym "Russian").
 *
 * @param entityId the in-article entity's id, as in the {@link Layers#ENTITIES} layer
 * @param resolvedId the corpus-wide id, stable across articles and runs ({@code person:sergey-naryshkin})
 * @param name the resolved entity's canonical name
 * @param type the resolved entity's type
 * @param kbId the knowledge-base id (a Wikidata QID such as {@code Q7747}, or a Dossier KB id), or
 *     {@code null} if the entity is not in the knowledge base
 * @param method how the link was made: {@code new}, {@code name}, {@code surname}, {@code acronym},
 *     {@code kb}, {@code demonym}, {@code curated}, ...
 * @param score the confidence of the link, from 0 to 1
 */
public record EntityLink(String entityId, String resolvedId, String name, EntityType type, String kbId, String method, double score) {

  /** The method of a link to an entity an analyst deleted: such an entity is left out of every output. */
  public static final String DELETED = "deleted";

  public EntityLink {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(resolvedId, "resolvedId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(method, "method");
  }
}
