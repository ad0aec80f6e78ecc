package dev.dossier.resolve.sanctions;

import java.util.List;
import java.util.Set;

/**
 * One entry of the SDN list, as screening reads it.
 *
 * @param number OFAC's entry number ({@code ent_num})
 * @param name the name as listed ({@code NARYSHKIN, Sergey Yevgenyevich})
 * @param person true for an individual, false for an organisation (vessels and aircraft are not loaded)
 * @param programs the sanctions programmes
 * @param title the listed title or role, possibly empty ({@code Chief of GRU})
 * @param aliases the other names listed ({@code a.k.a.}), as written
 * @param nationalities countries of nationality or citizenship named in the remarks, lower case
 * @param birthYears years of birth given in the remarks
 */
public record SdnEntry(String number, String name, boolean person, List<String> programs, String title, List<String> aliases, Set<String> nationalities, Set<Integer> birthYears) {

  public SdnEntry {
    programs = List.copyOf(programs);
    aliases = List.copyOf(aliases);
    nationalities = Set.copyOf(nationalities);
    birthYears = Set.copyOf(birthYears);
  }
}
