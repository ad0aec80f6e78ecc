package dev.dossier.resolve;

import dev.dossier.core.Entity;
import dev.dossier.core.EntityType;
import dev.dossier.nlp.Names;
import dev.dossier.resolve.kb.KbEntity;
import dev.dossier.resolve.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the resolved entities, in the corpus and in the knowledge base, that an in-article entity
 * might be, by its names' {@link NameKeys keys}, and rejects those whose names contradict it: a
 * person with another given name ("Matt Smith" is not "John Smith"), another type, or a longer name
 * that does not contain the shorter one.
 */
final class CandidateFinder {

  private final KnowledgeBase kb;

  CandidateFinder(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** True if the entity is a person named by one word only: a surname or a given name. */
  static boolean singleWordPerson(Entity entity) {
    NameForms.PersonName name = NameForms.person(entity.name());
    return entity.type() == EntityType.PERSON && name != null && name.isSingle();
  }

  List<Candidate> find(Entity entity, EntityMemory memory) {
    Map<String, Candidate> found = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    names.add(entity.name());
    names.addAll(entity.aliases());
    for (String name : names) {
      for (String key : keysOf(name, entity.type())) {
        String kind = key.substring(0, 2);
        if (entity.type() == EntityType.PERSON && kind.equals("g:")) {
          continue;
        }
        if (key.startsWith("x")) {
          if (name.equals(entity.name())) {
            crossType(found, entity, key.substring(1), memory);
          }
          continue;
        }
        for (String id : memory.lookup(key)) {
          consider(found, entity, name, key, id, memory.entity(id).orElse(null), kb.byResolvedId(id).orElse(null));
        }
        for (KbEntity entry : kb.byKey(key)) {
          consider(found, entity, name, key, entry.resolvedId(), memory.entity(entry.resolvedId()).orElse(null), entry);
        }
      }
      if (entity.type() == EntityType.PERSON && singleWordPerson(entity)) {
        // A lone word may be a given name as well as a surname ("Lindsay" for Lindsay Lohan).
        NameForms.PersonName person = NameForms.person(name);
        if (person != null) {
          String key = "g:" + person.surname();
          for (String id : memory.lookup(key)) {
            consider(found, entity, name, key, id, memory.entity(id).orElse(null), kb.byResolvedId(id).orElse(null));
          }
        }
      }
    }
    return List.copyOf(found.values());
  }

  /**
   * The name's keys for its own type, and its whole-name key as a person (for an organisation or
   * place) or as an organisation (for a person): the recogniser gives one name different types in
   * different articles, and context decides whether they are one.
   */
  private static List<String> keysOf(String name, EntityType type) {
    List<String> keys = new ArrayList<>(NameKeys.of(name, type));
    EntityType other = type == EntityType.PERSON ? EntityType.ORGANIZATION : EntityType.PERSON;
    String crossed = NameKeys.identity(name, other);
    if (!crossed.isEmpty() && !keys.contains(crossed)) {
      keys.add("x" + crossed);
    }
    return keys;
  }

  private void consider(Map<String, Candidate> found, Entity entity, String name, String key, String id, EntityMemory.Known known, KbEntity entry) {
    if (known == null && entry == null) {
      return;
    }
    EntityType type = known != null ? known.type() : entry.type();
    String candidateName = known != null ? known.name() : entry.name();
    boolean identity = key.startsWith("n:");
    if (!compatibleTypes(entity.type(), type, identity)) {
      if (identity && known != null && crossTypeAllowed(entity, name, type)) {
        found.putIfAbsent(id, new Candidate(id, known, null, "type", false));
      }
      return;
    }
    Candidate candidate = type == EntityType.PERSON ? person(name, key, id, known, entry, candidateName) : other(name, key, id, known, entry, candidateName);
    if (candidate == null) {
      return;
    }
    Candidate previous = found.get(id);
    if (previous == null || (candidate.strong() && !previous.strong())) {
      found.put(id, candidate);
    }
  }

  /**
   * The recogniser's usual confusion is a person's name taken for an organisation's or an
   * unclassified name, or the reverse; a place is not confused with a person, and an alias of the
   * entity (a word the per-article stage attached to it) is no ground for the bridge.
   */
  private static boolean crossTypeAllowed(Entity entity, String name, EntityType other) {
    return name.equals(entity.name()) && entity.type() != EntityType.LOCATION && other != EntityType.LOCATION;
  }

  /** Entities of the other family (person or not) known by the same whole name: weak candidates. */
  private static void crossType(Map<String, Candidate> found, Entity entity, String key, EntityMemory memory) {
    for (String id : memory.lookup(key)) {
      EntityMemory.Known known = memory.entity(id).orElse(null);
      if (known != null && (known.type() == EntityType.PERSON) != (entity.type() == EntityType.PERSON)
          && entity.type() != EntityType.LOCATION && known.type() != EntityType.LOCATION) {
        found.putIfAbsent(id, new Candidate(id, known, null, "type", false));
      }
    }
  }

  private static boolean compatibleTypes(EntityType local, EntityType resolved, boolean identity) {
    if (local == resolved) {
      return true;
    }
    if (local == EntityType.PERSON || resolved == EntityType.PERSON) {
      return false;
    }
    // The recogniser confuses organisations, places and other names; the same whole name bridges them.
    return identity;
  }

  private static Candidate person(String name, String key, String id, EntityMemory.Known known, KbEntity entry, String candidateName) {
    NameForms.PersonName local = NameForms.person(name);
    if (local == null) {
      return null;
    }
    if (key.startsWith("n:") || key.startsWith("f:")) {
      // The keys are equal, so given name and surname are: the names identify each other, unless
      // one of them is a lone word, which only context can tie to a person.
      return local.isSingle() ? new Candidate(id, known, entry, "surname", false) : new Candidate(id, known, entry, "name", true);
    }
    NameForms.PersonName other = NameForms.person(candidateName);
    if (key.startsWith("g:")) {
      return local.isSingle() && other != null && other.given().equals(local.surname()) ? new Candidate(id, known, entry, "given", false) : null;
    }
    if (other == null || local.isSingle() || other.isSingle() || !other.surname().equals(local.surname())) {
      return new Candidate(id, known, entry, "surname", false);
    }
    if (!NameForms.compatibleGiven(local.given(), other.given()) || !compatibleMiddle(local, other)) {
      return null;
    }
    return new Candidate(id, known, entry, "name", true);
  }

  private static boolean compatibleMiddle(NameForms.PersonName a, NameForms.PersonName b) {
    if (a.middle().isEmpty() || b.middle().isEmpty()) {
      return true;
    }
    String x = a.middle().getFirst();
    String y = b.middle().getFirst();
    return x.equals(y) || (x.length() == 1 && y.startsWith(x)) || (y.length() == 1 && x.startsWith(y)) || a.middle().size() != b.middle().size();
  }

  private static Candidate other(String name, String key, String id, EntityMemory.Known known, KbEntity entry, String candidateName) {
    if (key.startsWith("n:")) {
      return new Candidate(id, known, entry, "name", true);
    }
    if (key.startsWith("a:")) {
      boolean localShort = Names.isAcronym(Names.clean(name).replace(" ", ""));
      boolean otherShort = Names.isAcronym(Names.clean(candidateName).replace(" ", ""));
      // An acronym against an expansion; two different expansions of one acronym are no evidence.
      return localShort != otherShort || (entry != null && localShort) ? new Candidate(id, known, entry, "acronym", false) : null;
    }
    if (key.startsWith("c:")) {
      return new Candidate(id, known, entry, "core", false);
    }
    if (key.startsWith("h:")) {
      List<String> a = NameForms.words(NameForms.organisation(name));
      List<String> b = NameForms.words(NameForms.organisation(candidateName));
      List<String> shorter = a.size() <= b.size() ? a : b;
      List<String> longer = a.size() <= b.size() ? b : a;
      boolean suffix = shorter.size() < longer.size() && longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter);
      return suffix ? new Candidate(id, known, entry, "head", false) : null;
    }
    return null;
  }
}
