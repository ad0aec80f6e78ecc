package dev.dossier.resolve.kb;

import dev.dossier.core.EntityType;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the bundled knowledge base: a country, place, organisation or person with a stable
 * id, the names news uses for it and the facts that help recognise it in context.
 *
 * @param kbId the Wikidata QID where known ({@code Q7747}), else a Dossier id ({@code dossier:igor-korobov})
 * @param resolvedId the corpus-wide entity id it resolves to ({@code person:vladimir-putin})
 * @param type its entity type
 * @param name canonical name
 * @param aliases other names, spellings and scripts
 * @param country ISO 3166-1 alpha-2 code of its country, or empty (international bodies)
 * @param kind {@code country}, {@code capital}, {@code place}, {@code international}, {@code intelligence},
 *     {@code security}, {@code government} or {@code person}
 * @param born year of birth of a person, or 0 if unknown
 * @param offices offices a person held, with their years
 */
public record KbEntity(
    String kbId, String resolvedId, EntityType type, String name, List<String> aliases, String country, String kind, int born, List<Office> offices) {

  public KbEntity {
    Objects.requireNonNull(kbId, "kbId");
    Objects.requireNonNull(resolvedId, "resolvedId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(kind, "kind");
    offices = List.copyOf(offices);
  }

  /** The Wikidata QID, or {@code null} if this entry has a Dossier id only. */
  public String qid() {
    return kbId.startsWith("Q") ? kbId : null;
  }

  /**
   * An office held from one year to another.
   *
   * @param title such as "Director of the SVR"
   * @param from first year
   * @param to last year, or 0 if still held when the knowledge base was compiled
   */
  public record Office(String title, int from, int to) {

    /** True if the office was held on that date (a year's slack either side). */
    public boolean heldOn(LocalDate date) {
      int year = date.getYear();
      return year >= from - 1 && (to == 0 || year <= to + 1);
    }
  }
}
