package dev.dossier.resolve;

import dev.dossier.core.EntityType;
import dev.dossier.nlp.Names;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The lookup keys under which an entity is found by name, each a kind prefix and a folded form
 * ({@link NameForms}):
 *
 * <ul>
 *   <li>{@code n:} the whole name (titles, suffixes, legal forms and a leading "the" removed);
 *   <li>{@code f:} a person's given name and surname, middle names left out;
 *   <li>{@code s:} a person's surname; {@code g:} a person's given name;
 *   <li>{@code a:} an organisation's or place's acronym, from its initials or as written;
 *   <li>{@code h:} the last word of an organisation's or place's name ("Colts" of "Indianapolis
 *       Colts"), unless it is a generic word such as "Agency";
 *   <li>{@code c:} the core of an organisation's or place's name, a generic last word dropped
 *       ("Betty Ford" of "Betty Ford Center").
 * </ul>
 *
 * Only {@code n:} identifies; the others find candidates that context must confirm.
 */
public final class NameKeys {

  /** Last words too generic to stand for a whole name. */
  private static final Set<String> GENERIC_HEADS =
      Set.of(
          "agency", "bank", "party", "committee", "ministry", "department", "council", "court", "office", "university", "group", "company",
          "corporation", "service", "services", "association", "institute", "center", "centre", "foundation", "union", "league", "commission",
          "board", "authority", "administration", "force", "army", "navy", "police", "news", "times", "post", "city", "county", "state",
          "river", "street", "airport", "hospital", "school", "college", "church", "house", "hall", "park", "island", "islands", "republic",
          "kingdom", "federation", "organization", "organisation", "network", "media", "press", "inc", "corp", "ltd", "llc", "fund", "trust",
          "club", "team", "tribunal", "assembly", "parliament", "senate", "congress", "prison", "station", "project", "campaign", "program",
          "programme", "act", "north", "south", "east", "west", "new", "world", "international", "national", "united", "general",
          "technologies", "technology", "systems", "holdings", "industries", "enterprises", "solutions", "communications", "labs",
          "laboratories", "partners", "entertainment", "pharmaceuticals", "motors", "airlines", "airways", "clinic", "hotel", "resort");

  /** {@link #GENERIC_HEADS} folded, as the words of a folded name are ("office" folds to "ofice"). */
  private static final Set<String> GENERIC_FOLDED = GENERIC_HEADS.stream().map(NameForms::foldWord).collect(java.util.stream.Collectors.toUnmodifiableSet());

  private NameKeys() {}

  /** Every key of a name for an entity of the given type; empty for a name with no letters. */
  public static Set<String> of(String name, EntityType type) {
    Set<String> keys = new LinkedHashSet<>();
    if (type == EntityType.PERSON) {
      NameForms.PersonName person = NameForms.person(name);
      if (person == null) {
        return keys;
      }
      keys.add(full(person));
      keys.add("f:" + person.firstLast());
      keys.add("s:" + person.surname());
      if (!person.given().isEmpty() && person.given().length() > 1) {
        keys.add("g:" + person.given());
      }
      return keys;
    }
    String cleaned = Names.clean(name);
    String folded = NameForms.organisation(cleaned);
    if (folded.isEmpty()) {
      return keys;
    }
    keys.add("n:" + folded);
    if (Names.isAcronym(cleaned.replace(" ", ""))) {
      keys.add("a:" + cleaned.replace(".", "").replace(" ", "").toLowerCase(Locale.ROOT));
    } else {
      String acronym = Names.acronymOf(cleaned);
      if (acronym.length() >= 2) {
        keys.add("a:" + acronym.toLowerCase(Locale.ROOT));
      }
    }
    List<String> words = List.of(folded.split(" "));
    String head = words.getLast();
    if (head.length() >= 3 && !GENERIC_FOLDED.contains(head)) {
      keys.add("h:" + head);
    }
    keys.add("c:" + (words.size() > 1 && GENERIC_FOLDED.contains(head) ? String.join(" ", words.subList(0, words.size() - 1)) : folded));
    return keys;
  }

  /** True for a word too generic to stand for a whole name ("Agency", "Center"). */
  static boolean isGeneric(String foldedWord) {
    return GENERIC_FOLDED.contains(foldedWord);
  }

  /** The identifying key of a parsed person name. */
  static String full(NameForms.PersonName person) {
    StringBuilder key = new StringBuilder("n:");
    if (!person.given().isEmpty()) {
      key.append(person.given()).append(' ');
      for (String middle : person.middle()) {
        key.append(middle).append(' ');
      }
    }
    return key.append(person.surname()).toString();
  }

  /** The identifying key of a name: the {@code n:} one. */
  public static String identity(String name, EntityType type) {
    for (String key : of(name, type)) {
      if (key.startsWith("n:")) {
        return key;
      }
    }
    return "";
  }
}
