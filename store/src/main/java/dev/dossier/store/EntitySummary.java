package dev.dossier.store;

import dev.dossier.core.EntityType;

/**
 * One entity in a listing, aggregated over every stored article.
 *
 * @param id stable id, such as {@code person:donald-trump}
 * @param name canonical name: the one most articles give it (see {@link EntityProfile#name()})
 * @param type entity type
 * @param articles how many stored articles mention it
 * @param mentions how many times it is mentioned in all of them
 */
public record EntitySummary(String id, String name, EntityType type, int articles, int mentions) {}
