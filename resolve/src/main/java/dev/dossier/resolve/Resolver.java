package dev.dossier.resolve;

import dev.dossier.core.Doc;
import dev.dossier.core.Entity;
import dev.dossier.core.EntityLink;
import dev.dossier.core.EntityType;
import dev.dossier.core.Layers;
import dev.dossier.core.Producer;
import dev.dossier.nlp.Countries;
import dev.dossier.nlp.Names;
import dev.dossier.resolve.kb.KbEntity;
import dev.dossier.resolve.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cross-document entity resolution: links each of an article's entities to one resolved entity of
 * the corpus, joining an entity earlier articles (or the knowledge base) know, or starting a new
 * one. Incremental: an article is resolved against the {@link EntityMemory} of the articles before
 * it, and its links are then recorded there, so nothing earlier is reprocessed.
 *
 * <h2>How an entity is resolved</h2>
 *
 * <ol>
 *   <li><b>Gazetteer.</b> A country's names and demonyms ("Russian Federation", "Russian") link
 *       to the country. A capital keeps its own entity (Moscow is not Russia) and is related to its
 *       country through the knowledge base.
 *   <li><b>Identity.</b> A whole name that exactly one known entity has (titles stripped, script,
 *       transliteration and spelling folded by {@link NameForms}: Sergey/Sergei,
 *       Naryshkin/Naryshkine, Нарышкин) joins it. People also match on given name and surname with
 *       compatible middle names ("Donald J. Trump" and "Donald Trump") and short forms of given
 *       names ("Mike" and "Michael"); a different given name never matches.
 *   <li><b>Context.</b> Everything weaker — a lone surname or given name, an acronym and its
 *       expansion, the last word of an organisation's name, or a whole name several entities
 *       share — is decided by the article's context ({@link ContextScorer}): the entities already
 *       resolved in step 1 and 2 that the candidate's earlier articles also name, the article's
 *       date against theirs, and for the knowledge base the entry's country, offices and dates.
 *       The best candidate is joined only if its support reaches {@link #MIN_SUPPORT} and beats
 *       the runner-up by {@link #MARGIN};
 *       otherwise the entity starts a new resolved entity. So two Smiths with different company
 *       stay two, and an unsupported surname is not guessed.
 * </ol>
 *
 * <p>A new entity's id is its type and the slug of its name ({@code person:sergey-naryshkin}), with
 * {@code -2}, {@code -3} appended when another entity has it; a knowledge-base entry's id is made
 * from the entry's name. An id never changes once given, so the same actor has the same id in every
 * article, whichever order they come in. Finally the analysts' corrections ({@link CurationRules})
 * are applied.
 *
 * <p>Thread-safe if its memory is used by one thread at a time.
 */
public final class Resolver {

  /** The producer recorded with the links layer. */
  public static final Producer PRODUCER = new Producer("resolve", 1);

  /** The least context support for a link that the names alone do not make. */
  static final double MIN_SUPPORT = Double.parseDouble(System.getProperty("dossier.resolve.min", "0.2"));

  /** The least support for a lone surname to join the one fuller name the corpus knows for it. */
  static final double SINGLE_SUPPORT = Double.parseDouble(System.getProperty("dossier.resolve.single", "0.0"));

  /** How far the best supported candidate must lead the next. */
  static final double MARGIN = 0.1;

  private final KnowledgeBase kb;
  private final Countries countries;
  private final CurationRules rules;
  private final CandidateFinder finder;
  private final ContextScorer scorer;
  private final HeadlineFragments fragments;

  public Resolver(KnowledgeBase kb, CurationRules rules) {
    this.kb = kb;
    this.countries = Countries.instance();
    this.rules = rules;
    this.finder = new CandidateFinder(kb);
    this.scorer = new ContextScorer(kb);
    this.fragments = new HeadlineFragments(kb);
  }

  /** A resolver over the bundled knowledge base, with no corrections. */
  public static Resolver standard() {
    return new Resolver(KnowledgeBase.instance(), CurationRules.NONE);
  }

  public KnowledgeBase knowledgeBase() {
    return kb;
  }

  /** The same resolver with other corrections. */
  public Resolver withRules(CurationRules rules) {
    return new Resolver(kb, rules);
  }

  /**
   * Resolves the article's entities against the memory, records the result there, and returns the
   * document with its {@link Layers#LINKS} layer. A document without entities gets an empty layer.
   */
  public Doc link(Doc doc, EntityMemory memory) {
    ArticleResolution resolution = resolve(doc, memory);
    memory.record(resolution);
    return doc.with(Layers.LINKS, resolution.links(), PRODUCER);
  }

  /** Resolves without recording: what {@link #link} would decide. */
  public ArticleResolution resolve(Doc doc, EntityMemory memory) {
    List<Entity> locals = doc.has(Layers.ENTITIES) ? doc.get(Layers.ENTITIES) : List.of();
    Map<String, Decision> decisions = new LinkedHashMap<>();
    Map<String, List<Candidate>> open = new LinkedHashMap<>();
    Map<String, String> followers = new LinkedHashMap<>();
    Map<String, Entity> groups = ShortForms.group(locals, followers, local -> gazetteer(local).isPresent());
    for (Entity local : groups.values()) {
      Optional<Decision> gazetteer = gazetteer(local);
      if (gazetteer.isPresent()) {
        decisions.put(local.id(), gazetteer.get());
        continue;
      }
      List<Candidate> candidates = finder.find(local, memory);
      List<Candidate> strong = candidates.stream().filter(Candidate::strong).toList();
      if (candidates.isEmpty()) {
        Optional<Candidate> fragment = fragments.resolve(local, doc, memory);
        decisions.put(local.id(), fragment.map(c -> new Decision(c, "prefix", 0.6)).orElse(null));
      } else if (strong.size() == 1 && !CandidateFinder.singleWordPerson(local)) {
        Candidate only = strong.getFirst();
        decisions.put(local.id(), new Decision(only, only.kb() != null && only.known() == null ? "kb" : "name", 1.0));
      } else {
        open.put(local.id(), candidates);
      }
    }
    Set<String> contextIds = new LinkedHashSet<>();
    decisions.values().stream().filter(d -> d != null).forEach(d -> contextIds.add(d.candidate().id()));
    ContextScorer.ArticleContext context = new ContextScorer.ArticleContext(contextIds, scorer.countriesOf(contextIds), doc.article().published(), doc.text());
    for (Entity local : groups.values()) {
      List<Candidate> candidates = open.get(local.id());
      if (candidates != null) {
        decisions.put(local.id(), decide(local, candidates, context, memory));
      }
    }
    followers.forEach((follower, leader) -> decisions.put(follower, decisions.get(leader)));
    return links(doc, locals, decisions, groups, followers, memory);
  }

  /** The decision for one in-article entity: the candidate joined, how, and how surely. */
  private record Decision(Candidate candidate, String method, double score) {}

  private Optional<Decision> gazetteer(Entity local) {
    if (local.type() == EntityType.PERSON) {
      return Optional.empty();
    }
    Optional<Countries.Country> country = countries.byName(Names.clean(local.name()));
    String method = "gazetteer";
    if (country.isEmpty() && local.type() == EntityType.MISC) {
      country = countries.byDemonym(Names.clean(local.name()));
      method = "demonym";
    }
    if (country.isEmpty()) {
      return Optional.empty();
    }
    KbEntity entry = kb.country(country.get().code()).orElseThrow();
    return Optional.of(new Decision(new Candidate(entry.resolvedId(), null, entry, method, true), method, 1.0));
  }

  private Decision decide(Entity local, List<Candidate> candidates, ContextScorer.ArticleContext context, EntityMemory memory) {
    if (CandidateFinder.singleWordPerson(local)) {
      return decideSingleWord(local, candidates, context, memory);
    }
    List<Candidate> strong = candidates.stream().filter(Candidate::strong).toList();
    if (!strong.isEmpty()) {
      // The whole name matched several entities: the best supported one, however little.
      Scored best = best(local, strong, context, memory);
      return new Decision(best.candidate(), "name", Math.min(1, 0.8 + best.score() / 5));
    }
    if (local.type() == EntityType.PERSON && candidates.size() == 1 && candidates.getFirst().match().equals("surname") && candidates.getFirst().known() != null) {
      // A full name, and the corpus knows only a lone surname it fits: the same rule as the other way round.
      Candidate only = candidates.getFirst();
      NameForms.PersonName name = NameForms.person(only.name());
      double support = scorer.support(only, local, context, memory);
      if (name != null && name.isSingle() && support >= SINGLE_SUPPORT) {
        return new Decision(only, "surname", Math.min(0.95, 0.5 + support / 2));
      }
    }
    return supported(local, candidates, context, memory);
  }

  /**
   * A lone surname or given name. If the corpus knows exactly one fuller name it can stand for, it
   * joins that person when the context gives any support ({@link #SINGLE_SUPPORT}); a
   * knowledge-base person the corpus has not named yet needs {@link #MIN_SUPPORT}. Several fuller
   * names are decided by support and margin. Failing those, it joins an entity known by the same
   * lone word.
   */
  private Decision decideSingleWord(Entity local, List<Candidate> candidates, ContextScorer.ArticleContext context, EntityMemory memory) {
    List<Candidate> fuller = new ArrayList<>();
    List<Candidate> lone = new ArrayList<>();
    for (Candidate candidate : candidates) {
      NameForms.PersonName name = NameForms.person(candidate.name());
      (name != null && !name.isSingle() ? fuller : lone).add(candidate);
    }
    if (fuller.size() > 1 && fuller.stream().map(c -> NameForms.person(c.name()).firstLast()).distinct().count() == 1) {
      // Several entities of one full name (the corpus met it in different ways): the most mentioned.
      Candidate most = fuller.stream().max(java.util.Comparator.comparingInt(c -> c.known() == null ? 0 : c.known().articles())).orElseThrow();
      fuller = List.of(most);
    }
    if (fuller.size() == 1) {
      Candidate only = fuller.getFirst();
      double support = scorer.support(only, local, context, memory);
      double needed = only.known() == null ? MIN_SUPPORT : SINGLE_SUPPORT;
      if (support >= needed) {
        return new Decision(only, only.match(), Math.min(0.95, 0.5 + support / 2));
      }
    } else if (fuller.size() > 1) {
      Decision decision = supported(local, fuller, context, memory);
      if (decision != null) {
        return decision;
      }
    }
    if (!lone.isEmpty()) {
      Scored best = best(local, lone, context, memory);
      if (lone.size() == 1 || best.score() >= MIN_SUPPORT) {
        return new Decision(best.candidate(), "name", Math.min(0.9, 0.5 + best.score() / 2));
      }
    }
    return null;
  }

  private record Scored(Candidate candidate, double score, double second) {}

  private Scored best(Entity local, List<Candidate> candidates, ContextScorer.ArticleContext context, EntityMemory memory) {
    Candidate best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    double second = Double.NEGATIVE_INFINITY;
    for (Candidate candidate : candidates) {
      double score = scorer.support(candidate, local, context, memory);
      if (score > bestScore) {
        second = bestScore;
        bestScore = score;
        best = candidate;
      } else if (score > second) {
        second = score;
      }
    }
    return new Scored(best, bestScore, second);
  }

  /** The best supported candidate, if its support reaches {@link #MIN_SUPPORT} with a clear {@link #MARGIN}. */
  private Decision supported(Entity local, List<Candidate> candidates, ContextScorer.ArticleContext context, EntityMemory memory) {
    Scored best = best(local, candidates, context, memory);
    boolean clear = best.second() == Double.NEGATIVE_INFINITY || best.score() - best.second() >= MARGIN;
    if (best.candidate() != null && best.score() >= MIN_SUPPORT && clear) {
      return new Decision(best.candidate(), best.candidate().match(), Math.min(0.95, 0.5 + best.score() / 2));
    }
    return null;
  }

  private ArticleResolution links(
      Doc doc, List<Entity> locals, Map<String, Decision> decisions, Map<String, Entity> groups, Map<String, String> followers, EntityMemory memory) {
    List<EntityLink> links = new ArrayList<>();
    Map<String, Set<String>> keys = new LinkedHashMap<>();
    Set<String> takenHere = new HashSet<>();
    Map<String, String> newIds = new HashMap<>();
    for (Entity local : locals) {
      String leader = followers.getOrDefault(local.id(), local.id());
      Decision decision = decisions.get(leader);
      String id;
      String name;
      EntityType type;
      String kbId;
      String method;
      double score;
      if (decision == null) {
        Entity group = groups.getOrDefault(leader, local);
        name = displayName(group);
        type = group.type();
        String existing = newIds.get(leader);
        id = existing != null ? existing : freeId(KnowledgeBase.resolvedId(type, name), memory, takenHere);
        newIds.put(leader, id);
        kbId = null;
        method = "new";
        score = 1.0;
      } else {
        Candidate candidate = decision.candidate();
        id = candidate.id();
        kbId = candidate.kb() == null ? (candidate.known() == null ? null : candidate.known().kbId()) : candidate.kb().kbId();
        name = candidate.kb() != null ? candidate.kb().name() : fuller(candidate.known().name(), displayName(local), candidate.known().type());
        type = candidate.kb() != null ? candidate.kb().type() : candidate.known().type();
        method = decision.method();
        score = decision.score();
      }
      String curated = rules.apply(id, local);
      if (!curated.equals(id)) {
        EntityMemory.Known known = memory.entity(curated).orElse(null);
        Optional<KbEntity> entry = kb.byResolvedId(curated);
        name = known != null ? known.name() : entry.map(KbEntity::name).orElse(name);
        kbId = known != null ? known.kbId() : entry.map(KbEntity::kbId).orElse(null);
        id = curated;
        method = "curated";
        score = 1.0;
      }
      name = rules.name(id).orElse(name);
      type = rules.type(id).orElse(type);
      if (rules.isDeleted(id)) {
        method = CurationRules.DELETED;
      }
      takenHere.add(id);
      links.add(new EntityLink(local.id(), id, name, type, kbId, method, score));
      Set<String> entityKeys = keys.computeIfAbsent(id, k -> new LinkedHashSet<>());
      entityKeys.addAll(NameKeys.of(local.name(), type));
      for (String alias : local.aliases()) {
        entityKeys.addAll(NameKeys.of(alias, type));
      }
    }
    return new ArticleResolution(doc.id(), doc.article().published(), links, keys);
  }

  /** The name a new entity takes from its article: for a person, without titles. */
  private static String displayName(Entity local) {
    if (local.type() == EntityType.PERSON) {
      return String.join(" ", Names.personWords(Names.clean(local.name())));
    }
    return Names.clean(local.name());
  }

  /**
   * The fuller of two names of one entity: for a person the one with more words; otherwise the
   * local one if the known one is its short form ("New Orleans Saints" for "Saints"), else the known one.
   */
  private static String fuller(String known, String local, EntityType type) {
    if (type == EntityType.PERSON) {
      NameForms.PersonName a = NameForms.person(known);
      NameForms.PersonName b = NameForms.person(local);
      boolean sameSurname = a != null && b != null && a.surname().equals(b.surname());
      return sameSurname && local.split(" ").length > known.split(" ").length ? local : known;
    }
    return ShortForms.isShortFormOf(known, local) ? local : known;
  }

  /**
   * The base id, or the first {@code base-N} no other entity has. An id an analyst merged away is
   * taken as it is: the corrections then send it where the merge did.
   */
  private String freeId(String base, EntityMemory memory, Set<String> takenHere) {
    String id = base;
    for (int n = 2; memory.entity(id).isPresent() || kb.byResolvedId(id).isPresent() || takenHere.contains(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }
}
