package dev.dossier.resolve.sanctions;

import dev.dossier.core.Doc;
import dev.dossier.core.Entity;
import dev.dossier.core.EntityLink;
import dev.dossier.core.EntityType;
import dev.dossier.core.Layers;
import dev.dossier.core.Mention;
import dev.dossier.core.Producer;
import dev.dossier.core.SanctionsHit;
import dev.dossier.nlp.Countries;
import dev.dossier.resolve.NameForms;
import dev.dossier.resolve.kb.KbEntity;
import dev.dossier.resolve.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Screens an article's resolved people and organisations against the {@link SanctionsList}: a
 * transliteration-aware name match ({@link NameForms}: Sergey/Sergei, Naryshkin/Naryshkine,
 * Cyrillic), ranked with the article's context ({@link ScreeningContext}: nationality, role, year
 * of birth, talk of sanctions).
 *
 * <ul>
 *   <li>A full name in the text (given name and surname) that the list has scores 0.8 (0.7 if the
 *       given names only agree as short form or initial), plus its support.
 *   <li>A surname in the text that resolution tied to a full name (from the knowledge base or
 *       other articles) scores 0.6 plus support, and needs some support.
 *   <li>A surname alone scores 0.4 plus support, needs {@link #SURNAME_SUPPORT}, and is never
 *       matched for a surname common on the list ({@link #COMMON_SURNAME} entries or more) or
 *       shared by several listed people the context cannot tell apart.
 *   <li>An organisation's whole name (legal form dropped) scores 0.8; one word or an acronym 0.45
 *       and needs support.
 * </ul>
 *
 * A contradiction costs: a year of birth the text gives that the entry does not have, or a
 * nationality the entry has that the article never names while naming other countries. A match is
 * a hit from {@link #THRESHOLD}. Thread-safe.
 */
public final class SanctionsScreener {

  /** The producer recorded with the sanctions layer. */
  public static final Producer PRODUCER = new Producer("sanctions", 1);

  static final double THRESHOLD = 0.7;
  static final double SURNAME_SUPPORT = 0.3;
  static final int COMMON_SURNAME = 5;

  private final SanctionsList list;
  private final KnowledgeBase kb;

  public SanctionsScreener(SanctionsList list, KnowledgeBase kb) {
    this.list = list;
    this.kb = kb;
  }

  public static SanctionsScreener standard() {
    return new SanctionsScreener(SanctionsList.instance(), KnowledgeBase.instance());
  }

  /** The document with its {@link Layers#SANCTIONS} layer: the hits of its linked entities. */
  public Doc screen(Doc doc) {
    return doc.with(Layers.SANCTIONS, hits(doc), PRODUCER);
  }

  /** The hits of a linked document's entities, at most one per entity and list entry. */
  public List<SanctionsHit> hits(Doc doc) {
    if (!doc.has(Layers.ENTITIES) || !doc.has(Layers.LINKS)) {
      return List.of();
    }
    List<EntityLink> links = doc.get(Layers.LINKS);
    Map<String, EntityLink> byEntity = dev.dossier.core.EntityLinks.byEntity(links);
    Set<String> countries = articleCountries(links);
    Map<String, List<Entity>> groups = new LinkedHashMap<>();
    for (Entity local : doc.get(Layers.ENTITIES)) {
      EntityLink link = byEntity.get(local.id());
      if (link != null && !link.method().equals(EntityLink.DELETED) && (link.type() == EntityType.PERSON || link.type() == EntityType.ORGANIZATION)) {
        groups.computeIfAbsent(link.resolvedId(), k -> new ArrayList<>()).add(local);
      }
    }
    List<SanctionsHit> hits = new ArrayList<>();
    for (List<Entity> group : groups.values()) {
      EntityLink link = byEntity.get(group.getFirst().id());
      ScreeningContext context = new ScreeningContext(doc, group, countries);
      Optional<Match> match = link.type() == EntityType.PERSON ? person(link, group, context) : organisation(link, group, context);
      match.ifPresent(m -> {
        Entity local = m.local();
        hits.add(new SanctionsHit(local.id(), SanctionsList.LIST, m.entry().number(), m.entry().name(), m.entry().programs(), round(m.score()),
            context.evidence(m.mention()), m.reasons()));
      });
    }
    return hits;
  }

  private static double round(double score) {
    return Math.round(Math.min(1, score) * 100) / 100.0;
  }

  /** A candidate entry, its score, why, and the in-article entity and mention it rests on. */
  private record Match(SdnEntry entry, double score, List<String> reasons, Entity local, Mention mention) {}

  private Optional<Match> person(EntityLink link, List<Entity> group, ScreeningContext context) {
    NameForms.PersonName textual = null;
    Entity textualLocal = null;
    for (Entity local : group) {
      for (String name : names(local)) {
        NameForms.PersonName parsed = NameForms.person(name);
        if (parsed != null && (textual == null || (textual.isSingle() && !parsed.isSingle()))) {
          textual = parsed;
          textualLocal = local;
        }
      }
    }
    if (textual == null) {
      return Optional.empty();
    }
    List<NameForms.PersonName> resolvedNames = new ArrayList<>();
    if (textual.isSingle()) {
      addFull(resolvedNames, link.name());
      kb.byResolvedId(link.resolvedId()).ifPresent(entry -> {
        addFull(resolvedNames, entry.name());
        entry.aliases().forEach(alias -> addFull(resolvedNames, alias));
      });
    }
    List<SdnEntry> listed = list.bySurname(textual.surname());
    long people = listed.stream().filter(SdnEntry::person).count();
    List<Match> matches = new ArrayList<>();
    for (SdnEntry entry : listed) {
      if (!entry.person()) {
        continue;
      }
      double base;
      List<String> reasons = new ArrayList<>();
      if (!textual.isSingle()) {
        double given = givenAgreement(textual, entry);
        if (given == 0) {
          continue;
        }
        base = given;
        reasons.add(given >= 0.8 ? "full name" : "full name (short form or initial of the given name)");
      } else if (!resolvedNames.isEmpty()) {
        double best = 0;
        for (NameForms.PersonName full : resolvedNames) {
          best = Math.max(best, givenAgreement(full, entry));
        }
        if (best == 0) {
          continue;
        }
        base = 0.6;
        reasons.add("surname in the text, full name " + link.name() + " by resolution (" + link.method() + ")");
      } else {
        if (people >= COMMON_SURNAME) {
          continue;
        }
        base = 0.4;
        reasons.add("surname only");
      }
      double support = context.support(entry, reasons);
      if (textual.isSingle() && resolvedNames.isEmpty() && support < SURNAME_SUPPORT) {
        continue;
      }
      if (textual.isSingle() && !resolvedNames.isEmpty() && support <= 0) {
        continue;
      }
      if (!textual.isSingle() && people >= COMMON_SURNAME && support <= 0) {
        continue;
      }
      matches.add(new Match(entry, base + support, reasons, textualLocal, context.bestMention(textualLocal)));
    }
    return best(matches, textual.isSingle());
  }

  private static void addFull(List<NameForms.PersonName> names, String name) {
    NameForms.PersonName parsed = NameForms.person(name);
    if (parsed != null && !parsed.isSingle()) {
      names.add(parsed);
    }
  }

  /**
   * How well a person's given names agree with a listed name: 0.8 (plus 0.05 for an agreeing
   * middle name or patronymic) if equal when folded, 0.7 if a short form, an initial or a close
   * spelling, 0 if they disagree.
   */
  private static double givenAgreement(NameForms.PersonName person, SdnEntry entry) {
    double best = 0;
    for (String listed : SanctionsList.names(entry)) {
      if (!SanctionsList.surname(listed).equals(person.surname())) {
        continue;
      }
      List<String> given = SanctionsList.givenNames(listed);
      if (given.isEmpty()) {
        continue;
      }
      String first = given.getFirst();
      double score;
      if (first.equals(person.given())) {
        score = 0.8;
      } else if (NameForms.compatibleGiven(first, person.given()) || NameForms.similarity(first, person.given()) >= 0.92) {
        score = 0.7;
      } else {
        continue;
      }
      if (!person.middle().isEmpty() && given.size() > 1 && given.get(1).startsWith(person.middle().getFirst())) {
        score += 0.05;
      }
      best = Math.max(best, score);
    }
    return best;
  }

  private Optional<Match> organisation(EntityLink link, List<Entity> group, ScreeningContext context) {
    Map<String, Entity> names = new LinkedHashMap<>();
    for (Entity local : group) {
      for (String name : names(local)) {
        names.putIfAbsent(name, local);
      }
    }
    Entity first = group.getFirst();
    names.putIfAbsent(link.name(), first);
    Optional<KbEntity> entry = kb.byResolvedId(link.resolvedId());
    Set<String> kbNames = new LinkedHashSet<>();
    entry.ifPresent(e -> {
      kbNames.add(e.name());
      kbNames.addAll(e.aliases());
    });
    kbNames.forEach(name -> names.putIfAbsent(name, first));
    List<Match> matches = new ArrayList<>();
    for (Map.Entry<String, Entity> name : names.entrySet()) {
      String folded = NameForms.organisation(name.getKey());
      if (folded.isEmpty()) {
        continue;
      }
      boolean whole = folded.contains(" ");
      for (SdnEntry listed : list.byOrganisation(folded)) {
        if (listed.person()) {
          continue;
        }
        List<String> reasons = new ArrayList<>();
        reasons.add((kbNames.contains(name.getKey()) && !name.getKey().equals(link.name()) ? "knowledge-base name " : "name ") + name.getKey());
        double support = context.support(listed, reasons);
        if (!whole && support < SURNAME_SUPPORT) {
          continue;
        }
        matches.add(new Match(listed, (whole ? 0.8 : 0.45) + support, reasons, name.getValue(), context.bestMention(name.getValue())));
      }
    }
    return best(matches, false);
  }

  /** The best match if it reaches the threshold and no other entry ties with it where names alone decided. */
  private static Optional<Match> best(List<Match> matches, boolean surnameOnly) {
    matches.sort((a, b) -> Double.compare(b.score(), a.score()));
    if (matches.isEmpty() || matches.getFirst().score() < THRESHOLD) {
      return Optional.empty();
    }
    Match top = matches.getFirst();
    if (matches.size() > 1 && !matches.get(1).entry().number().equals(top.entry().number()) && matches.get(1).score() >= top.score() - (surnameOnly ? 0.15 : 0.05)) {
      return Optional.empty();
    }
    return Optional.of(top);
  }

  private static List<String> names(Entity local) {
    List<String> names = new ArrayList<>();
    names.add(local.name());
    names.addAll(local.aliases());
    return names;
  }

  /** The ISO codes of the countries the article's entities stand for or belong to. */
  private Set<String> articleCountries(List<EntityLink> links) {
    Set<String> codes = new LinkedHashSet<>();
    for (EntityLink link : links) {
      kb.byResolvedId(link.resolvedId()).ifPresent(entry -> {
        if (!entry.country().isEmpty() && !entry.kind().equals("person")) {
          codes.add(entry.country());
        }
      });
    }
    return codes;
  }

  /** The ISO code of a country as the list names it ("Russia", "Korea, North"), if the gazetteer knows it. */
  static Optional<String> countryCode(String listed) {
    String name = listed;
    int comma = name.indexOf(", ");
    if (comma > 0) {
      name = name.substring(comma + 2) + " " + name.substring(0, comma);
    }
    return Countries.instance().byName(name).or(() -> Countries.instance().byName(listed)).map(Countries.Country::code);
  }
}
