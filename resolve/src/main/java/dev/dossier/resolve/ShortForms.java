package dev.dossier.resolve;

import dev.dossier.core.Entity;
import dev.dossier.core.EntityType;
import dev.dossier.core.Mention;
import dev.dossier.nlp.Names;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Within one article, an organisation or place named in full and then by a short form is one
 * entity: "the New Orleans Saints ... the Saints", "the Betty Ford Center ... Betty Ford". (People's
 * surnames are joined to their full names by the per-article entity stage already.) The short form
 * is the last words of the full name, or the full name without a generic last word ("Center",
 * "Agency"), and both are of one type (or the short one is an unclassified name).
 */
final class ShortForms {

  private ShortForms() {}

  /**
   * Groups the article's entities: each short form follows the shortest full name it abbreviates
   * (the closest; a longer one is more often a headline fragment).
   *
   * @param followers filled with each short form's id and the id of the entity it follows
   * @return the entities to resolve, by id: the leaders, each with its followers' names and
   *     mentions added, and the entities that are neither
   */
  static Map<String, Entity> group(List<Entity> locals, Map<String, String> followers) {
    return group(locals, followers, entity -> false);
  }

  /** {@link #group(List, Map)}, leaving out the entities {@code fixed} says are resolved otherwise (countries, demonyms). */
  static Map<String, Entity> group(List<Entity> locals, Map<String, String> followers, java.util.function.Predicate<Entity> fixed) {
    Map<String, Entity> groups = new LinkedHashMap<>();
    for (Entity local : locals) {
      groups.put(local.id(), local);
    }
    for (Entity shorter : locals) {
      if (fixed.test(shorter)) {
        continue;
      }
      if (shorter.type() == EntityType.PERSON) {
        surnameLeader(shorter, locals).ifPresent(leader -> followers.put(shorter.id(), leader.id()));
        continue;
      }
      Entity leader = null;
      for (Entity longer : locals) {
        if (longer == shorter || longer.type() == EntityType.PERSON || followers.containsKey(longer.id()) || fixed.test(longer)) {
          continue;
        }
        boolean typed = longer.type() == shorter.type() || shorter.type() == EntityType.MISC;
        if (typed && isShortFormOf(shorter.name(), longer.name()) && (leader == null || longer.name().length() < leader.name().length())) {
          leader = longer;
        }
      }
      if (leader != null) {
        followers.put(shorter.id(), leader.id());
      }
    }
    followers.forEach((follower, leader) -> {
      Entity short_ = groups.remove(follower);
      groups.computeIfPresent(leader, (id, entity) -> absorb(entity, short_));
    });
    return groups;
  }

  /**
   * The one full-name person of the article whose surname a lone word is, when the per-article
   * stage left them apart (it compares raw words, so "Comeaux" and "Arcade Joseph Comeaux Jr."
   * stay two there).
   */
  private static java.util.Optional<Entity> surnameLeader(Entity shorter, List<Entity> locals) {
    NameForms.PersonName name = NameForms.person(shorter.name());
    if (name == null || !name.isSingle()) {
      return java.util.Optional.empty();
    }
    List<Entity> fuller = new ArrayList<>();
    for (Entity longer : locals) {
      NameForms.PersonName other = longer.type() == EntityType.PERSON ? NameForms.person(longer.name()) : null;
      if (other != null && !other.isSingle() && other.surname().equals(name.surname())) {
        fuller.add(longer);
      }
    }
    return fuller.size() == 1 ? java.util.Optional.of(fuller.getFirst()) : java.util.Optional.empty();
  }

  private static Entity absorb(Entity leader, Entity follower) {
    TreeSet<String> aliases = new TreeSet<>(leader.aliases());
    aliases.add(follower.name());
    aliases.addAll(follower.aliases());
    aliases.remove(leader.name());
    List<Mention> mentions = new ArrayList<>(leader.mentions());
    mentions.addAll(follower.mentions());
    mentions.sort(Comparator.comparing(Mention::span));
    return new Entity(leader.id(), leader.name(), leader.type(), List.copyOf(aliases), mentions);
  }

  /** True if {@code shorter} is the last words of {@code longer}, or {@code longer} without a generic last word. */
  static boolean isShortFormOf(String shorter, String longer) {
    List<String> a = NameForms.words(NameForms.organisation(Names.clean(shorter)));
    List<String> b = NameForms.words(NameForms.organisation(Names.clean(longer)));
    if (a.isEmpty() || a.size() >= b.size()) {
      return false;
    }
    if (b.subList(b.size() - a.size(), b.size()).equals(a)) {
      return !NameKeys.isGeneric(a.getLast()) && a.getLast().length() >= 3;
    }
    return a.size() == b.size() - 1 && NameKeys.isGeneric(b.getLast()) && b.subList(0, a.size()).equals(a);
  }
}
