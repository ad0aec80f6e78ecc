package dev.dossier.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Countries and territories with the names news uses for them, from the bundled
 * {@code countries.tsv}: "Russian Federation" and "Russia" are one country, as are "US", "U.S.",
 * "USA" and "United States". Immutable and thread-safe; loaded once.
 */
public final class Countries {

  /**
   * One country.
   *
   * @param code ISO 3166-1 alpha-2 code
   * @param name common English name, used as the canonical name
   * @param aliases other names and abbreviations
   * @param demonyms adjectives and nouns for its people ("Russian")
   * @param qid its Wikidata id ("Q159"), or the empty string where the gazetteer does not give one
   * @param alpha3 ISO 3166-1 alpha-3 code ("RUS"), as CAMEO's actor codes use it
   */
  public record Country(String code, String name, List<String> aliases, List<String> demonyms, String qid, String alpha3) {}

  private static final Countries INSTANCE = load();

  private final Map<String, Country> byName;
  private final Map<String, Country> byAbbreviation;
  private final Map<String, Country> byDemonym;
  private final List<Country> all;

  private Countries(Map<String, Country> byName, Map<String, Country> byAbbreviation, Map<String, Country> byDemonym, List<Country> all) {
    this.byName = byName;
    this.byAbbreviation = byAbbreviation;
    this.byDemonym = byDemonym;
    this.all = all;
  }

  /** Every country of the gazetteer, in its order (by ISO code). */
  public List<Country> all() {
    return all;
  }

  public static Countries instance() {
    return INSTANCE;
  }

  /**
   * The country a name denotes. Full names match without regard to case or accents; short
   * capitalised abbreviations ("US", "UK", "DPRK") match only as written, so the pronoun "us" is
   * never the United States.
   */
  public Optional<Country> byName(String name) {
    Country abbreviation = byAbbreviation.get(name.replace(".", ""));
    if (abbreviation != null) {
      return Optional.of(abbreviation);
    }
    return Optional.ofNullable(byName.get(Names.key(name)));
  }

  /** The country whose people a word names ("Russian" gives Russia). */
  public Optional<Country> byDemonym(String word) {
    return Optional.ofNullable(byDemonym.get(Names.key(word)));
  }

  private static Countries load() {
    Map<String, Country> byName = new HashMap<>();
    Map<String, Country> byAbbreviation = new HashMap<>();
    Map<String, Country> byDemonym = new HashMap<>();
    List<Country> all = new ArrayList<>();
    for (ResourceLines.Line line : ResourceLines.of(Countries.class, "countries.tsv")) {
      String[] columns = line.text().split("\t", -1);
      Country country = new Country(columns[0], columns[2], split(columns[3]), split(columns[4]), columns.length > 5 ? columns[5].strip() : "", columns[1]);
      all.add(country);
      byName.put(Names.key(country.name()), country);
      for (String alias : country.aliases()) {
        if (Names.isAcronym(alias) && alias.replace(".", "").length() <= 4) {
          byAbbreviation.put(alias.replace(".", ""), country);
        } else {
          byName.putIfAbsent(Names.key(alias), country);
        }
      }
      for (String demonym : country.demonyms()) {
        byDemonym.putIfAbsent(Names.key(demonym), country);
      }
    }
    return new Countries(Map.copyOf(byName), Map.copyOf(byAbbreviation), Map.copyOf(byDemonym), List.copyOf(all));
  }

  private static List<String> split(String column) {
    List<String> values = new ArrayList<>();
    for (String value : column.split("\\|")) {
      if (!value.isBlank()) {
        values.add(value.strip());
      }
    }
    return values;
  }
}
