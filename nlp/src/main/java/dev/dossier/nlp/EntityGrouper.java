package dev.dossier.nlp;

import dev.dossier.core.Entity;
import dev.dossier.core.EntityType;
import dev.dossier.core.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Groups one article's mentions into entities, each with a canonical name: the fullest proper
 * form the article uses.
 *
 * <p>Three kinds of evidence join mentions, in this order:
 *
 * <ol>
 *   <li>Same name: mentions whose cleaned names agree without regard to case, accents, a leading
 *       "the" or a possessive. Countries join through the bundled gazetteer ({@link Countries}):
 *       "Russian Federation" is Russia, "USA" and "U.S." are the United States, and the
 *       gazetteer's common name is canonical.
 *   <li>Last name: a person named by a part of a fuller name ("Trump", "Putin") joins the person
 *       with that fuller name ("Donald Trump"). When two people share the name, each short
 *       mention joins the one mentioned most recently before it (or, failing that, first after).
 *   <li>Acronym: an all-capitals name joins an organisation or place whose initials spell it
 *       ("CIA" and "Central Intelligence Agency"); the expansion is canonical.
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
final class EntityGrouper {

  private static final class Group {
    final List<Mention> mentions = new ArrayList<>();
    final List<String> names = new ArrayList<>();
    Countries.Country country;
    Group mergedInto;

    Group root() {
      Group group = this;
      while (group.mergedInto != null) {
        group = group.mergedInto;
      }
      return group;
    }

    void add(Mention mention, String name) {
      mentions.add(mention);
      names.add(name);
    }

    void absorb(Group other) {
      mentions.addAll(other.mentions);
      names.addAll(other.names);
      if (country == null) {
        country = other.country;
      }
      other.mentions.clear();
      other.names.clear();
      other.mergedInto = this;
    }

    EntityType majorityType() {
      if (country != null) {
        return EntityType.LOCATION;
      }
      Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
      for (Mention mention : mentions) {
        votes.merge(mention.type(), 1, Integer::sum);
      }
      return votes.entrySet().stream()
          .max(Comparator.<Map.Entry<EntityType, Integer>>comparingInt(Map.Entry::getValue)
              .thenComparing(e -> -e.getKey().ordinal()))
          .map(Map.Entry::getKey)
          .orElseThrow();
    }

    int firstStart() {
      return mentions.stream().mapToInt(m -> m.span().start()).min().orElse(Integer.MAX_VALUE);
    }
  }

  private final Countries countries;

  EntityGrouper(Countries countries) {
    this.countries = countries;
  }

  List<Entity> group(List<Mention> mentions) {
    Map<String, Group> byKey = new LinkedHashMap<>();
    for (Mention mention : mentions) {
      String name = Names.clean(mention.text());
      if (Names.key(name).isEmpty()) {
        continue;
      }
      Optional<Countries.Country> country = mention.type() == EntityType.PERSON ? Optional.empty() : countries.byName(name);
      String key = country.map(c -> "country:" + c.code()).orElseGet(() -> keyOf(mention.type(), name));
      Group group = byKey.computeIfAbsent(key, k -> new Group());
      group.add(mention, name);
      country.ifPresent(c -> group.country = c);
    }
    List<Group> groups = new ArrayList<>(byKey.values());
    joinLastNames(groups);
    joinAcronyms(groups);
    return toEntities(groups);
  }

  private static String keyOf(EntityType type, String name) {
    return type == EntityType.PERSON ? Names.key(String.join(" ", Names.personWords(name))) : Names.key(name);
  }

  /** Splits each short person group among the fuller names its words end, by proximity. */
  private static void joinLastNames(List<Group> groups) {
    for (Group shorter : groups) {
      if (shorter.mergedInto != null || shorter.country != null || shorter.mentions.isEmpty()) {
        continue;
      }
      EntityType type = shorter.majorityType();
      if (type != EntityType.PERSON && type != EntityType.MISC) {
        continue;
      }
      List<String> words = wordsOf(shorter);
      List<Group> fuller = new ArrayList<>();
      for (Group candidate : groups) {
        if (candidate != shorter && candidate.mergedInto == null && !candidate.mentions.isEmpty()
            && candidate.majorityType() == EntityType.PERSON && extends_(wordsOf(candidate), words)) {
          fuller.add(candidate);
        }
      }
      if (fuller.isEmpty()) {
        continue;
      }
      if (fuller.size() == 1) {
        fuller.get(0).absorb(shorter);
        continue;
      }
      for (int i = 0; i < shorter.mentions.size(); i++) {
        Mention mention = shorter.mentions.get(i);
        nearest(fuller, mention.span().start()).add(mention, shorter.names.get(i));
      }
      shorter.mentions.clear();
      shorter.names.clear();
    }
  }

  /** The group mentioned most recently before {@code position}, else the first one after it. */
  private static Group nearest(List<Group> groups, int position) {
    Group before = null;
    int beforeAt = -1;
    Group after = null;
    int afterAt = Integer.MAX_VALUE;
    for (Group group : groups) {
      for (Mention mention : group.mentions) {
        int at = mention.span().start();
        if (at < position && at > beforeAt) {
          before = group;
          beforeAt = at;
        } else if (at >= position && at < afterAt) {
          after = group;
          afterAt = at;
        }
      }
    }
    return before != null ? before : after;
  }

  private static void joinAcronyms(List<Group> groups) {
    Map<String, Group> expansions = new HashMap<>();
    for (Group group : groups) {
      if (group.mergedInto != null || group.mentions.isEmpty() || group.majorityType() == EntityType.PERSON) {
        continue;
      }
      for (String name : group.names) {
        String acronym = Names.acronymOf(name);
        if (!acronym.isEmpty()) {
          expansions.putIfAbsent(acronym, group);
        }
      }
    }
    for (Group group : groups) {
      if (group.mergedInto != null || group.mentions.isEmpty() || group.country != null || group.majorityType() == EntityType.PERSON) {
        continue;
      }
      String name = group.names.get(0);
      if (!Names.isAcronym(name)) {
        continue;
      }
      Group expansion = expansions.get(name.replace(".", ""));
      if (expansion != null && expansion.root() != group) {
        expansion.root().absorb(group);
      }
    }
  }

  private static List<Entity> toEntities(List<Group> groups) {
    Map<String, Entity> byId = new LinkedHashMap<>();
    groups.stream()
        .filter(g -> g.mergedInto == null && !g.mentions.isEmpty())
        .sorted(Comparator.comparingInt(Group::firstStart))
        .forEach(group -> {
          EntityType type = group.majorityType();
          String name = canonicalName(group, type);
          String id = type.name().toLowerCase(Locale.ROOT) + ":" + Names.slug(name);
          List<Mention> mentions = new ArrayList<>(group.mentions);
          TreeSet<String> aliases = new TreeSet<>(group.names);
          Entity existing = byId.get(id);
          if (existing != null) {
            mentions.addAll(existing.mentions());
            aliases.addAll(existing.aliases());
          }
          aliases.remove(name);
          mentions.sort(Comparator.comparing(Mention::span));
          byId.put(id, new Entity(id, name, type, List.copyOf(aliases), mentions));
        });
    return List.copyOf(byId.values());
  }

  /**
   * The fullest proper form: the gazetteer name for a country; for a person, the form with the
   * most words; otherwise the longest multi-word form, else the most frequent one. Forms in
   * mixed case win over all-capitals headline forms.
   */
  private static String canonicalName(Group group, EntityType type) {
    if (group.country != null) {
      return group.country.name();
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String name : group.names) {
      String form = type == EntityType.PERSON ? String.join(" ", Names.personWords(name)) : name;
      counts.merge(form, 1, Integer::sum);
    }
    Comparator<Map.Entry<String, Integer>> fullest =
        Comparator.<Map.Entry<String, Integer>>comparingInt(e -> isShouted(e.getKey()) && e.getKey().contains(" ") ? 0 : 1)
            .thenComparingInt(e -> e.getKey().split(" ").length)
            .thenComparingInt(Map.Entry::getValue)
            .thenComparingInt(e -> e.getKey().length());
    return counts.entrySet().stream().max(fullest).map(Map.Entry::getKey).orElseThrow();
  }

  private static boolean isShouted(String name) {
    return name.equals(name.toUpperCase(Locale.ROOT)) && !name.equals(name.toLowerCase(Locale.ROOT));
  }

  private static List<String> wordsOf(Group group) {
    List<String> best = List.of();
    for (String name : group.names) {
      List<String> words = Names.personWords(name).stream().map(Names::key).toList();
      if (words.size() > best.size()) {
        best = words;
      }
    }
    return best;
  }

  /**
   * True if {@code fuller} is a longer name that {@code shorter} abbreviates: "Donald Trump" for
   * "Trump", "Vladimir Vladimirovich Putin" for "Vladimir Putin" (same first and last words).
   */
  private static boolean extends_(List<String> fuller, List<String> shorter) {
    if (shorter.isEmpty() || fuller.size() <= shorter.size()) {
      return false;
    }
    if (fuller.subList(fuller.size() - shorter.size(), fuller.size()).equals(shorter)) {
      return true;
    }
    return shorter.size() >= 2
        && fuller.get(0).equals(shorter.get(0))
        && fuller.get(fuller.size() - 1).equals(shorter.get(shorter.size() - 1));
  }
}
