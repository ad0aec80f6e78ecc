package dev.dossier.resolve.kb;

import dev.dossier.core.DossierException;
import dev.dossier.core.EntityType;
import dev.dossier.core.ErrorCode;
import dev.dossier.nlp.Countries;
import dev.dossier.nlp.Names;
import dev.dossier.resolve.NameKeys;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bundled knowledge base: countries (from the NLP gazetteer {@code countries.tsv}), capitals and
 * other places, international organisations and agencies, and office-holders, each with a stable
 * id. It seeds resolution (a mention that matches an entry becomes that entry's entity when the
 * context agrees) and never overrides what the text says: an entry is only ever a candidate.
 *
 * <p>Files under {@code dev/dossier/resolve/kb/}; their provenance is in {@code PROVENANCE.md}
 * beside them. Immutable and thread-safe; loaded once.
 */
public final class KnowledgeBase {

  private static final Pattern OFFICE = Pattern.compile("(.+?)\\s+(\\d{4})-(\\d{4})?");
  private static final KnowledgeBase INSTANCE = load();

  private final Map<String, KbEntity> byResolvedId;
  private final Map<String, List<KbEntity>> byKey;
  private final Map<String, KbEntity> countryByCode;
  private final Map<String, KbEntity> capitalByCountry;

  private KnowledgeBase(List<KbEntity> entities) {
    Map<String, KbEntity> resolved = new LinkedHashMap<>();
    Map<String, List<KbEntity>> keys = new HashMap<>();
    Map<String, KbEntity> countries = new HashMap<>();
    Map<String, KbEntity> capitals = new HashMap<>();
    for (KbEntity entity : entities) {
      resolved.putIfAbsent(entity.resolvedId(), entity);
      List<String> names = new ArrayList<>();
      names.add(entity.name());
      names.addAll(entity.aliases());
      for (String name : names) {
        for (String key : NameKeys.of(name, entity.type())) {
          List<KbEntity> list = keys.computeIfAbsent(key, k -> new ArrayList<>());
          if (!list.contains(entity)) {
            list.add(entity);
          }
        }
      }
      if (entity.kind().equals("country")) {
        countries.put(entity.country(), entity);
      } else if (entity.kind().equals("capital")) {
        capitals.put(entity.country(), entity);
      }
    }
    keys.replaceAll((k, v) -> List.copyOf(v));
    this.byResolvedId = Map.copyOf(resolved);
    this.byKey = Map.copyOf(keys);
    this.countryByCode = Map.copyOf(countries);
    this.capitalByCountry = Map.copyOf(capitals);
  }

  public static KnowledgeBase instance() {
    return INSTANCE;
  }

  /** The entries known under a name key (see {@link NameKeys}). */
  public List<KbEntity> byKey(String key) {
    return byKey.getOrDefault(key, List.of());
  }

  /** The entry a resolved entity id belongs to. */
  public Optional<KbEntity> byResolvedId(String resolvedId) {
    return Optional.ofNullable(byResolvedId.get(resolvedId));
  }

  /** The country with this ISO code. */
  public Optional<KbEntity> country(String code) {
    return Optional.ofNullable(countryByCode.get(code));
  }

  /** The capital of the country with this ISO code. */
  public Optional<KbEntity> capital(String code) {
    return Optional.ofNullable(capitalByCountry.get(code));
  }

  /** The number of entries. */
  public int size() {
    return byResolvedId.size();
  }

  /** The entity id that an entry of this type and name resolves to: {@code person:vladimir-putin}. */
  public static String resolvedId(EntityType type, String name) {
    return type.name().toLowerCase(Locale.ROOT) + ":" + Names.slug(name);
  }

  private static KnowledgeBase load() {
    List<KbEntity> entities = new ArrayList<>();
    for (Countries.Country country : Countries.instance().all()) {
      String kbId = country.qid().isEmpty() ? "dossier:country-" + country.code().toLowerCase(Locale.ROOT) : country.qid();
      List<String> aliases = new ArrayList<>(country.aliases());
      entities.add(new KbEntity(kbId, resolvedId(EntityType.LOCATION, country.name()), EntityType.LOCATION, country.name(), aliases, country.code(), "country", 0, List.of()));
    }
    for (String[] row : rows("places.tsv", 5)) {
      String kind = row[4].isBlank() ? "place" : row[4].strip();
      entities.add(new KbEntity(row[0], resolvedId(EntityType.LOCATION, row[1]), EntityType.LOCATION, row[1], split(row[2]), row[3], kind, 0, List.of()));
    }
    for (String[] row : rows("organizations.tsv", 5)) {
      entities.add(new KbEntity(row[0], resolvedId(EntityType.ORGANIZATION, row[1]), EntityType.ORGANIZATION, row[1], split(row[2]), row[3], row[4], 0, List.of()));
    }
    for (String[] row : rows("people.tsv", 6)) {
      List<KbEntity.Office> offices = new ArrayList<>();
      for (String office : row[5].split(";")) {
        Matcher matcher = OFFICE.matcher(office.strip());
        if (matcher.matches()) {
          int to = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
          offices.add(new KbEntity.Office(matcher.group(1), Integer.parseInt(matcher.group(2)), to));
        } else if (!office.isBlank()) {
          throw new DossierException(ErrorCode.NO_MODELS, "knowledge base people.tsv: office '" + office.strip() + "' of " + row[1] + " is not 'title YYYY-YYYY'");
        }
      }
      int born = row[4].isBlank() ? 0 : Integer.parseInt(row[4].strip());
      entities.add(new KbEntity(row[0], resolvedId(EntityType.PERSON, row[1]), EntityType.PERSON, row[1], split(row[2]), row[3], "person", born, offices));
    }
    return new KnowledgeBase(entities);
  }

  private static List<String[]> rows(String file, int columns) {
    String resource = "/dev/dossier/resolve/kb/" + file;
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = KnowledgeBase.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new DossierException(ErrorCode.NO_MODELS, "knowledge base file " + resource + " is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] row = line.split("\t", -1);
        if (row.length != columns) {
          throw new DossierException(ErrorCode.NO_MODELS, "knowledge base " + file + ":" + number + ": " + row.length + " columns, expected " + columns);
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new DossierException(ErrorCode.NO_MODELS, "cannot read knowledge base file " + resource + ": " + e.getMessage(), e);
    }
    return rows;
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
