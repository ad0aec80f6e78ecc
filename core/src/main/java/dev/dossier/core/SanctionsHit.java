package dev.dossier.core;

import java.util.List;
import java.util.Objects;

/**
 * One of an article's entities found on a sanctions list, with the sentence that names it.
 *
 * @param entityId the in-article entity's id, as in the {@link Layers#ENTITIES} layer
 * @param list the list and its snapshot date, such as {@code OFAC SDN 2024-05-03}
 * @param entry the entry's number on that list
 * @param name the name as the list writes it ({@code NARYSHKIN, Sergey Yevgenyevich})
 * @param programs the sanctions programmes the entry is listed under
 * @param score how certain the match is, from 0 to 1: a full name with supporting context scores
 *     high, a last name alone with support lower
 * @param evidence the article's sentence naming the entity
 * @param reasons why it matched, for people to check ({@code full name}, {@code nationality Russia}, ...)
 */
public record SanctionsHit(
    String entityId, String list, String entry, String name, List<String> programs, double score, String evidence, List<String> reasons) {

  public SanctionsHit {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(name, "name");
    programs = List.copyOf(programs);
    Objects.requireNonNull(evidence, "evidence");
    reasons = List.copyOf(reasons);
  }
}
