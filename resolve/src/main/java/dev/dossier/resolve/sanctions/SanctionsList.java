package dev.dossier.resolve.sanctions;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.resolve.NameForms;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bundled OFAC SDN snapshot ({@code dev/dossier/resolve/sanctions/sdn.csv}, dated {@link
 * #SNAPSHOT}; provenance beside it), indexed for screening: individuals by folded surname,
 * organisations by folded name. Immutable and thread-safe; loaded once, on first use.
 */
public final class SanctionsList {

  /** The snapshot's date, named in every hit. */
  public static final String SNAPSHOT = "2024-05-03";

  /** The list's name in hits. */
  public static final String LIST = "OFAC SDN " + SNAPSHOT;

  private static final Pattern AKA = Pattern.compile("(?:a\\.k\\.a\\.|f\\.k\\.a\\.)\\s*'([^']+)'");
  private static final Pattern NATIONALITY = Pattern.compile("(?:nationality|citizen)\\s+([A-Z][A-Za-z ,.'-]+?)(?:;|\\.$|$)");
  private static final Pattern BIRTH_YEAR = Pattern.compile("DOB\\s+(?:circa\\s+)?(?:\\d{1,2}\\s+)?(?:[A-Z][a-z]{2}\\s+)?(\\d{4})(?:\\s+to\\s+(\\d{4}))?");

  private static final class Holder {
    static final SanctionsList INSTANCE = load();
  }

  private final List<SdnEntry> entries;
  private final Map<String, List<SdnEntry>> bySurname;
  private final Map<String, List<SdnEntry>> byOrganisation;

  private SanctionsList(List<SdnEntry> entries) {
    this.entries = List.copyOf(entries);
    Map<String, List<SdnEntry>> surnames = new HashMap<>();
    Map<String, List<SdnEntry>> organisations = new HashMap<>();
    for (SdnEntry entry : entries) {
      for (String name : names(entry)) {
        if (entry.person()) {
          String surname = surname(name);
          if (!surname.isEmpty()) {
            add(surnames, surname, entry);
          }
        } else {
          String folded = NameForms.organisation(name);
          if (!folded.isEmpty()) {
            add(organisations, folded, entry);
          }
        }
      }
    }
    this.bySurname = surnames;
    this.byOrganisation = organisations;
  }

  private static void add(Map<String, List<SdnEntry>> index, String key, SdnEntry entry) {
    List<SdnEntry> list = index.computeIfAbsent(key, k -> new ArrayList<>());
    if (!list.contains(entry)) {
      list.add(entry);
    }
  }

  public static SanctionsList instance() {
    return Holder.INSTANCE;
  }

  /** The entry's listed name and its aliases. */
  static List<String> names(SdnEntry entry) {
    List<String> names = new ArrayList<>();
    names.add(entry.name());
    names.addAll(entry.aliases());
    return names;
  }

  /** The folded surname of a listed person's name: the part before the comma ("NARYSHKIN, Sergey"). */
  static String surname(String listed) {
    int comma = listed.indexOf(',');
    String part = comma < 0 ? listed : listed.substring(0, comma);
    List<String> words = NameForms.words(part);
    return words.isEmpty() ? "" : NameForms.fold(words.getLast());
  }

  /** The folded given names of a listed person's name: the part after the comma. */
  static List<String> givenNames(String listed) {
    int comma = listed.indexOf(',');
    if (comma < 0) {
      return List.of();
    }
    return NameForms.words(listed.substring(comma + 1)).stream().map(NameForms::fold).toList();
  }

  /** Individuals listed under this folded surname (or with an alias of it). */
  public List<SdnEntry> bySurname(String foldedSurname) {
    return bySurname.getOrDefault(foldedSurname, List.of());
  }

  /** Organisations listed under this folded name (or with an alias of it). */
  public List<SdnEntry> byOrganisation(String foldedName) {
    return byOrganisation.getOrDefault(foldedName, List.of());
  }

  public int size() {
    return entries.size();
  }

  private static SanctionsList load() {
    String resource = "/dev/dossier/resolve/sanctions/sdn.csv";
    List<SdnEntry> entries = new ArrayList<>();
    try (InputStream in = SanctionsList.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new DossierException(ErrorCode.NO_MODELS, "sanctions list " + resource + " is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        // The file ends with a DOS end-of-file mark (^Z) on a line of its own.
        if (line.replaceAll("\\p{Cntrl}", "").isBlank()) {
          continue;
        }
        List<String> columns = csv(line);
        if (columns.size() < 12) {
          throw new DossierException(ErrorCode.NO_MODELS, "sanctions list sdn.csv:" + number + ": " + columns.size() + " columns, expected 12");
        }
        String type = columns.get(2);
        if (type.equals("vessel") || type.equals("aircraft")) {
          continue;
        }
        entries.add(entry(columns, type.equals("individual")));
      }
    } catch (IOException e) {
      throw new DossierException(ErrorCode.NO_MODELS, "cannot read sanctions list " + resource + ": " + e.getMessage(), e);
    }
    return new SanctionsList(entries);
  }

  private static SdnEntry entry(List<String> columns, boolean person) {
    String remarks = columns.get(11);
    List<String> aliases = new ArrayList<>();
    Matcher aka = AKA.matcher(remarks);
    while (aka.find()) {
      aliases.add(aka.group(1).strip());
    }
    Set<String> nationalities = new LinkedHashSet<>();
    Matcher nationality = NATIONALITY.matcher(remarks);
    while (nationality.find()) {
      nationalities.add(nationality.group(1).strip().toLowerCase(Locale.ROOT));
    }
    Set<Integer> years = new LinkedHashSet<>();
    Matcher birth = BIRTH_YEAR.matcher(remarks);
    while (birth.find()) {
      int from = Integer.parseInt(birth.group(1));
      int to = birth.group(2) == null ? from : Integer.parseInt(birth.group(2));
      for (int year = from; year <= Math.min(to, from + 10); year++) {
        years.add(year);
      }
    }
    List<String> programs = new ArrayList<>();
    for (String program : columns.get(3).split("\\]\\s*\\[")) {
      if (!program.isBlank()) {
        programs.add(program.replace("[", "").replace("]", "").strip());
      }
    }
    return new SdnEntry(columns.get(0), columns.get(1), person, programs, columns.get(4), aliases, nationalities, years);
  }

  /** Splits one line of OFAC's CSV: quoted fields with doubled quotes, {@code -0-} for empty. */
  static List<String> csv(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(clean(field.toString()));
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(clean(field.toString()));
    return fields;
  }

  private static String clean(String field) {
    String value = field.strip();
    return value.equals("-0-") ? "" : value;
  }
}
