package dev.dossier.nlp.events;

import dev.dossier.core.EntityType;
import dev.dossier.core.Event;
import dev.dossier.core.EventActor;
import dev.dossier.core.EventAttribution;
import dev.dossier.core.EventPlace;
import dev.dossier.core.Quote;
import dev.dossier.core.Sentence;
import dev.dossier.core.Span;
import dev.dossier.core.Speaker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns one sentence's coded actions into events: reads each action's source and target (with
 * their conjuncts, so "Jordan and Britain agreed" is two events, one each way), its date, place,
 * negation, hedging and attribution, and ties statements to the quotes that carry them. One per
 * document; not thread-safe.
 */
final class EventBuilder {

  /** The prepositions that introduce a verb's target, most telling first, when the lexicon names none. */
  private static final List<String> VERB_TARGETS = List.of("against", "on", "upon", "with", "between", "to", "toward", "towards", "into", "at", "from", "over", "about", "for");
  /** The same for an event noun: "the invasion of Ukraine", "an attack on the embassy". */
  private static final List<String> NOUN_TARGETS = List.of("of", "against", "on", "upon", "with", "between", "to", "toward", "towards", "at", "from", "over", "for", "into");
  private static final Set<String> PLACE_CASES = Set.of("in", "at", "near", "inside", "outside", "across", "throughout", "around");
  /** The farthest, in arcs of the parse, a date expression may stand from its event. */
  private static final int DATE_DISTANCE = 3;
  /** At most this many events from one trigger with many actors. */
  private static final int MAX_PAIRS = 8;

  private final DocIndex index;
  private final ActorReader actors;
  private final LocalDate published;

  EventBuilder(DocIndex index, ActorReader actors) {
    this.index = index;
    this.actors = actors;
    this.published = index.doc.article().published();
  }

  /** The events of one sentence's actions, with empty ids, in the order of the actions. */
  List<Event> build(DependencyTree tree, ActionFinder finder, List<Action> actions, Sentence sentence) {
    List<Event> events = new ArrayList<>();
    java.util.Map<Action, List<EventActor>> targetsByAction = new java.util.HashMap<>();
    int mainDepth = Integer.MAX_VALUE;
    Action main = null;
    for (Action action : actions) {
      int depth = tree.depth(action.trigger);
      if (depth < mainDepth) {
        mainDepth = depth;
        main = action;
      }
    }
    for (Action action : actions) {
      int reporterVerb = reporter(tree, finder, action.clause);
      EventActor reporting = reporterVerb < 0 ? null : reporterActor(tree, reporterVerb);
      // A pronoun may refer to the reporting speaker only in what the speaker reports ("Iraq said it would allow").
      EventActor reporter = reporting != null && reports(tree, reporterVerb, action.clause) ? reporting : null;
      Span trigger = triggerSpan(tree, action);
      Quote statement = index.quoteWithCue(trigger);
      List<EventActor> sources = new ArrayList<>();
      List<Integer> sourceHeads = action.sourceIsReporter ? List.of() : sourceHeads(tree, action);
      for (int head : sourceHeads) {
        add(sources, actors.read(tree, head, reporter));
      }
      if (statement != null && statement.speaker() != null && !action.sourceIsReporter) {
        // A statement is made by whoever the quote it carries is credited to, as the quotes layer
        // resolved it ("he", "the agency"), unless the parse names the same speaker with more.
        Span named = statement.speaker().span();
        boolean parseAgrees = sources.stream().anyMatch(a -> a.span().overlaps(named) && !tree.isPronoun(headOf(tree, a.span())));
        if (!parseAgrees) {
          sources.clear();
          sources.add(speaker(statement.speaker()));
        }
      }
      if (action.sourceIsReporter) {
        EventActor speaker = reporting != null ? reporting : governingSubject(tree, action.trigger);
        if (speaker != null) {
          sources.add(speaker);
        }
      }
      Quote containing = index.quoteContaining(trigger);
      if (sources.isEmpty() && action.sourceIsReporter && containing != null && containing.speaker() != null) {
        sources.add(speaker(containing.speaker()));
        statement = containing;
        containing = null;
      }
      List<EventActor> targets = new ArrayList<>();
      for (int head : targetHeads(tree, action, sourceHeads)) {
        add(targets, actors.read(tree, head, reporter));
      }
      targets.removeIf(target -> sources.stream().anyMatch(source -> same(source, target)));
      if (targets.isEmpty()) {
        targets.addAll(purposeTargets(tree, action, actions, targetsByAction));
      }
      targetsByAction.put(action, targets);
      EventAttribution attribution = null;
      if (containing != null && containing.speaker() != null && statement == null) {
        Speaker speaker = containing.speaker();
        attribution = new EventAttribution(speaker.name(), speaker.entity(), speaker.anonymous(), speaker.span(), containing.span());
      } else if (reporting != null && !action.sourceIsReporter) {
        attribution = new EventAttribution(reporting.name(), reporting.entity(), reporting.entity() == null, reporting.span(), null);
      }
      DocIndex.DateAt date = date(tree, action);
      EventPlace place = place(tree, action, sources, targets);
      Cameo.Coding coding = Cameo.coding(action.code);
      if (sources.size() > 1 && coding.type().isMutual() && !targetsWith(tree, action)) {
        // "Israel and Lebanon renewed negotiations on ...": the two sides negotiate with each other.
        targets.clear();
      }
      if (place != null && targets.size() == 1 && isAnonymousVictim(targets.getFirst())) {
        // "killed 23 people in Tel Aviv": nameless victims are coded by where they were hit.
        targets.clear();
      }
      if (targets.isEmpty() && place != null && !(sources.size() > 1 && coding.type().isMutual())) {
        // As CAMEO codes it, an act done in a place with no other target is done to the place.
        targets.add(new EventActor(place.name(), place.entity(), placeCountry(place), place.entity(), null, place.span()));
      }
      boolean negated = !action.negationUsed && (action.negated || Modality.negated(tree, action.trigger) || action.clause != action.trigger && Modality.negated(tree, action.clause));
      boolean hedged = Modality.hedged(tree, action.clause) || Modality.hedged(tree, action.trigger);
      String mode = action.mode != null ? action.mode : coding.mode();
      String value = date != null ? date.date().value() : published == null ? null : published.toString();
      Span dateSpan = date == null ? null : date.date().span();
      Span quote = statement == null ? null : statement.span();
      for (EventActor[] pair : pairs(sources, targets)) {
        events.add(new Event("", trigger, coding.type(), action.code, mode, pair[0], pair[1], sentence.span(), value, dateSpan, place, negated, hedged,
            attribution, quote, action == main));
      }
    }
    return events;
  }

  /**
   * The targets of an action of the same type the event's clause governs, already read: "began a
   * hunger strike to protest against Sweden's decision" protests against Sweden. Actions are read
   * shallowest first, so the governed one is read after; it is read here on demand instead.
   */
  private List<EventActor> purposeTargets(DependencyTree tree, Action action, List<Action> actions, java.util.Map<Action, List<EventActor>> known) {
    Cameo.Coding coding = Cameo.coding(action.code);
    for (Action other : actions) {
      if (other == action || Cameo.coding(other.code).type() != coding.type() || !tree.dominates(action.clause, other.trigger)) {
        continue;
      }
      List<EventActor> found = new ArrayList<>();
      for (int head : targetHeads(tree, other, sourceHeads(tree, other))) {
        add(found, actors.read(tree, head, null));
      }
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  private static boolean same(EventActor a, EventActor b) {
    return a.span().overlaps(b.span()) || a.entity() != null && a.entity().equals(b.entity()) && a.name().equals(b.name());
  }

  private static final Set<String> ANONYMOUS_VICTIMS = Set.of("people", "persons", "person", "man", "men", "woman", "women", "others", "civilians");

  private static boolean isAnonymousVictim(EventActor actor) {
    String[] words = actor.name().toLowerCase(java.util.Locale.ROOT).split("\\s+");
    return actor.entity() == null && actor.country() == null && ANONYMOUS_VICTIMS.contains(words[words.length - 1]);
  }

  /** The token whose span starts a span, for telling a pronoun. */
  private static int headOf(DependencyTree tree, Span span) {
    for (int t = 0; t < tree.size; t++) {
      if (tree.start[t] == span.start()) {
        return t;
      }
    }
    return 0;
  }

  private String placeCountry(EventPlace place) {
    return dev.dossier.nlp.Countries.instance().byName(place.name()).map(c -> c.name()).orElse(null);
  }

  /** True if the clause is what the reporting verb reports: its complement, down a chain of complements. */
  private static boolean reports(DependencyTree tree, int verb, int clause) {
    for (int at = clause, steps = 0; at >= 0 && steps < 8; at = tree.head[at], steps++) {
      if (at == verb) {
        return true;
      }
      if (!(tree.is(at, "ccomp") || tree.is(at, "xcomp") || tree.is(at, "conj") || tree.is(at, "parataxis") && tree.head[at] == verb)) {
        return false;
      }
    }
    return false;
  }

  /** True if the action names its other side with "with" ("met with", "talks with"). */
  private static boolean targetsWith(DependencyTree tree, Action action) {
    for (int node : new int[] {action.clause, action.trigger}) {
      for (int c : tree.children(node)) {
        if ((tree.is(c, "obl") || tree.is(c, "nmod")) && tree.caseOf(c).equals("with")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The subject of the nearest verb governing a clause that has none of its own: who makes the demand a noun's clause states. */
  private EventActor governingSubject(DependencyTree tree, int token) {
    int at = tree.head[token];
    for (int steps = 0; at >= 0 && steps < 6; steps++, at = tree.head[at]) {
      if (tree.isVerb(at)) {
        int subject = tree.child(at, "nsubj");
        if (subject >= 0) {
          return actors.read(tree, subject, null);
        }
      }
    }
    return null;
  }

  private static void add(List<EventActor> actors, EventActor actor) {
    if (actor != null && actors.stream().noneMatch(a -> a.span().equals(actor.span()))) {
      actors.add(actor);
    }
  }

  private EventActor speaker(Speaker speaker) {
    String country = null;
    String countryEntity = null;
    if (speaker.entity() != null && index.entity(speaker.entity()) != null && index.entity(speaker.entity()).type() == EntityType.LOCATION) {
      country = dev.dossier.nlp.Countries.instance().byName(speaker.name()).map(c -> c.name()).orElse(null);
      countryEntity = country == null ? null : speaker.entity();
    }
    return new EventActor(speaker.name(), speaker.entity(), country, countryEntity, null, speaker.span());
  }

  /** Source and target pairs: each source with each target; conjoined sources without a target act on each other. */
  private static List<EventActor[]> pairs(List<EventActor> sources, List<EventActor> targets) {
    List<EventActor[]> pairs = new ArrayList<>();
    if (targets.isEmpty() && sources.size() > 1) {
      for (EventActor a : sources) {
        for (EventActor b : sources) {
          if (a != b && pairs.size() < MAX_PAIRS) {
            pairs.add(new EventActor[] {a, b});
          }
        }
      }
      return pairs;
    }
    List<EventActor> from = sources.isEmpty() ? java.util.Collections.singletonList(null) : sources;
    List<EventActor> to = targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
    for (EventActor source : from) {
      for (EventActor target : to) {
        if (source != null && target != null && (source.span().overlaps(target.span()) || source.entity() != null && source.entity().equals(target.entity()))) {
          target = null;
        }
        if (pairs.size() < MAX_PAIRS) {
          pairs.add(new EventActor[] {source, target});
        }
      }
    }
    return pairs;
  }

  private static Span triggerSpan(DependencyTree tree, Action action) {
    int from = Math.min(action.first, action.trigger);
    int to = Math.max(action.last, action.trigger);
    for (int c : tree.children(action.trigger)) {
      if (tree.is(c, "compound:prt")) {
        to = Math.max(to, c);
      }
    }
    return tree.span(from, to);
  }

  /** The heads of the phrases naming who acted. */
  private List<Integer> sourceHeads(DependencyTree tree, Action action) {
    int clause = action.clause;
    boolean adjective = action.entry != null && action.entry.pos() == Lexicon.Pos.ADJECTIVE && action.clause == action.trigger;
    List<Integer> heads = tree.isNoun(clause) && tree.child(clause, "cop") < 0 ? nounSource(tree, clause) : subjects(tree, clause, adjective || action.lightVerb);
    if (heads.isEmpty() && action.inner != null && tree.isNoun(action.inner.clause)) {
      heads = nounSource(tree, action.inner.clause);
    }
    return heads;
  }

  private List<Integer> subjects(DependencyTree tree, int clause, boolean adjective) {
    int at = clause;
    for (int steps = 0; at >= 0 && steps < 6; steps++) {
      if (adjective && at == clause) {
        // "Israel is opposed to": the parser's passive subject is the adjective's subject.
        int subject = tree.child(at, "nsubj:pass");
        if (subject >= 0) {
          return actorHeads(tree, subject);
        }
      }
      if (tree.isPassive(at)) {
        for (int c : tree.children(at)) {
          if ((tree.is(c, "obl") || tree.is(c, "nmod")) && tree.caseOf(c).equals("by")) {
            return actorHeads(tree, c);
          }
        }
        return List.of();
      }
      int subject = tree.child(at, "nsubj");
      if (subject >= 0 && !tree.is(subject, "nsubj:pass")) {
        if ((tree.pos[subject].startsWith("W") || tree.lower[subject].equals("that")) && tree.is(at, "acl:relcl")) {
          subject = tree.head[at];
        }
        return actorHeads(tree, subject);
      }
      if (tree.is(at, "xcomp") || tree.is(at, "conj") || tree.is(at, "advcl")) {
        at = tree.head[at];
      } else if (tree.is(at, "acl") && !tree.is(at, "acl:relcl") && tree.head[at] >= 0) {
        at = tree.head[tree.head[at]];
      } else {
        break;
      }
    }
    return List.of();
  }

  /** A phrase's actor heads: itself and its conjuncts if it is an actor, else the nearest actor inside it. */
  private List<Integer> actorHeads(DependencyTree tree, int head) {
    if (head < 0) {
      return List.of();
    }
    if (actors.isActor(tree, head)) {
      return actors.withConjuncts(tree, head);
    }
    int within = actors.actorWithin(tree, head, 2);
    return within < 0 ? List.of() : actors.withConjuncts(tree, within);
  }

  /** Who did what an event noun names: "Russia's invasion", "an attack by soldiers", "a U.S. request". */
  private List<Integer> nounSource(DependencyTree tree, int noun) {
    for (int c : tree.children(noun)) {
      if (tree.is(c, "nmod:poss") && actors.isActor(tree, c)) {
        return actors.withConjuncts(tree, c);
      }
    }
    for (int c : tree.children(noun)) {
      if (tree.is(c, "nmod") && tree.caseOf(c).equals("by") && actors.isActor(tree, c)) {
        return actors.withConjuncts(tree, c);
      }
    }
    for (int c : tree.children(noun)) {
      if ((tree.is(c, "compound") || tree.is(c, "amod")) && actors.isActor(tree, c)) {
        return List.of(c);
      }
    }
    for (int c : tree.children(noun)) {
      if (tree.is(c, "acl") && tree.pos[c].equals("VBN")) {
        // "the demonstration staged by students"
        for (int d : tree.children(c)) {
          if ((tree.is(d, "obl") || tree.is(d, "nmod")) && tree.caseOf(d).equals("by") && actors.isActor(tree, d)) {
            return actors.withConjuncts(tree, d);
          }
        }
      }
    }
    return List.of();
  }

  /** The heads of the phrases naming whom it was done to. */
  private List<Integer> targetHeads(DependencyTree tree, Action action, List<Integer> sources) {
    if (action.targetFrom >= 0 && action.code.startsWith("13") && tree.isVerb(action.targetFrom)) {
      // "warned that police will no longer tolerate rallies by the Kifaya group": a threat is aimed
      // at what the threatened act is done to, not at whoever will do it.
      List<Integer> heads = targetsOf(tree, action.targetFrom, action, sources);
      if (!heads.isEmpty()) {
        return heads;
      }
    } else if (action.targetFrom >= 0) {
      int subject = tree.child(action.targetFrom, "nsubj");
      if (subject < 0) {
        subject = tree.child(action.targetFrom, "nsubj:pass");
      }
      List<Integer> heads = actorHeads(tree, subject);
      if (!heads.isEmpty()) {
        return heads;
      }
    }
    List<Integer> heads = targetsOf(tree, action.clause, action, sources);
    if (heads.isEmpty() && action.inner != null) {
      heads = targetsOf(tree, action.inner.clause, action.inner, sources);
      if (heads.isEmpty() && action.code.startsWith("13")) {
        heads = unlessSubject(tree, action.inner.clause);
      }
      if (heads.isEmpty() && action.inner.inner != null) {
        heads = targetsOf(tree, action.inner.inner.clause, action.inner.inner, sources);
      }
    }
    if (heads.isEmpty() && action.trigger != action.clause && tree.isNoun(action.trigger)) {
      heads = nounTargets(tree, action.trigger, sources, action.entry.targets());
    }
    if (heads.isEmpty() && action.inner == null && action.entry.role().isFrame()) {
      // "refused to respond to a demand from the US President": the complement names the other side.
      int complement = tree.child(action.clause, "xcomp");
      if (complement >= 0 && tree.isVerb(complement)) {
        heads = targetsOf(tree, complement, action, sources);
      }
    }
    return heads;
  }

  private List<Integer> targetsOf(DependencyTree tree, int clause, Action action, List<Integer> sources) {
    if (tree.isNoun(clause) && tree.child(clause, "cop") < 0) {
      return nounTargets(tree, clause, sources, action.entry.targets());
    }
    boolean adjective = action.entry != null && action.entry.pos() == Lexicon.Pos.ADJECTIVE && action.clause == clause;
    if (tree.isPassive(clause) && !adjective) {
      int subject = tree.child(clause, "nsubj:pass");
      if (subject >= 0 && !sources.contains(subject)) {
        return actorHeads(tree, subject);
      }
    }
    int object = tree.child(clause, "obj");
    if (object < 0) {
      object = tree.child(clause, "iobj");
    }
    if (object >= 0 && object == action.trigger) {
      // "speeded up the withdrawal of forces from Panama": the carried event noun's own dependents say whom it is done to.
      object = -1;
    }
    if (object >= 0 && isMatchedThing(action, clause)) {
      // "offered its troops", "cut off aid to Serbia", "prevented the demonstration staged by
      // students": the object is what the event gives, moves or stops; the target is whom it
      // belongs to, goes to or is done by.
      List<Integer> doers = nounSource(tree, object);
      if (!doers.isEmpty() && !sources.containsAll(doers)) {
        return doers;
      }
      int within = actors.actorWithin(tree, object, 2, objectValues(action));
      if (within >= 0 && !sources.contains(within)) {
        return actors.withConjuncts(tree, within);
      }
    } else if (object >= 0 && !sources.contains(object)) {
      List<Integer> heads = actorHeads(tree, object);
      if (!heads.isEmpty()) {
        return heads;
      }
    }
    List<String> order = new ArrayList<>(action.entry.targets());
    order.addAll(VERB_TARGETS);
    if (action.code.startsWith("04")) {
      order.add("in");
    }
    for (String preposition : order) {
      for (int c : tree.children(clause)) {
        if ((tree.is(c, "obl") || tree.is(c, "nmod")) && tree.caseOf(c).equals(preposition) && !sources.contains(c)) {
          List<Integer> heads = actorHeads(tree, c);
          if (!heads.isEmpty()) {
            return heads;
          }
        }
      }
    }
    int ccomp = tree.child(clause, "ccomp");
    if (object < 0 && ccomp >= 0 && (action.code.startsWith("12") || action.code.equals("016"))) {
      // "rejected North Korea's demand to sever ..." parsed as a clause: its subject is what is rejected.
      return actorHeads(tree, tree.child(ccomp, "nsubj"));
    }
    if (action.code.startsWith("13")) {
      // "threatened to strike unless Israel rescinded ...": the threat is aimed at whoever must act.
      return unlessSubject(tree, clause);
    }
    return List.of();
  }

  /** The subject of an "unless" or "if" clause: whom a threat is aimed at. */
  private List<Integer> unlessSubject(DependencyTree tree, int clause) {
    for (int c : tree.children(clause)) {
      int mark = tree.child(c, "mark");
      if (tree.is(c, "advcl") && mark >= 0 && (tree.lemma[mark].equals("unless") || tree.lemma[mark].equals("if"))) {
        return actorHeads(tree, tree.child(c, "nsubj"));
      }
    }
    return List.of();
  }

  /** The object lemmas the action's entry names: words that are the thing acted on, never its target. */
  private static Set<String> objectValues(Action action) {
    for (Lexicon.Condition condition : action.entry.conditions()) {
      if (condition.kind().equals("obj")) {
        return condition.values();
      }
    }
    return Set.of();
  }

  /** True if the lexicon entry of the action at this clause matched its object by lemma: then the object is a thing. */
  private static boolean isMatchedThing(Action action, int clause) {
    if (action.clause != clause || action.entry == null) {
      return false;
    }
    for (Lexicon.Condition condition : action.entry.conditions()) {
      if (condition.kind().equals("obj") && !condition.values().contains("@actor") && !condition.values().contains("@person")) {
        return true;
      }
    }
    return false;
  }

  private List<Integer> nounTargets(DependencyTree tree, int noun, List<Integer> sources, List<String> preferred) {
    List<String> order = new ArrayList<>(preferred);
    order.addAll(NOUN_TARGETS);
    for (String preposition : order) {
      for (int c : tree.children(noun)) {
        if ((tree.is(c, "nmod") || tree.is(c, "obl")) && tree.caseOf(c).equals(preposition) && !sources.contains(c)) {
          List<Integer> heads = actorHeads(tree, c);
          if (!heads.isEmpty()) {
            return heads;
          }
        }
      }
    }
    return List.of();
  }

  /**
   * The reporting verb whose report the clause is ("officials <i>said</i>", "CNN <i>reported</i>"),
   * up the chain of clauses or, when the parse hangs the attribution below, among the clause's
   * dependents; -1 if none.
   */
  private int reporter(DependencyTree tree, ActionFinder finder, int clause) {
    int at = clause;
    for (int steps = 0; steps < 8; steps++) {
      int head = tree.head[at];
      if (head < 0) {
        break;
      }
      if (isReporting(tree, finder, head) && (tree.is(at, "ccomp") || tree.is(at, "xcomp") || tree.is(at, "parataxis") || tree.is(at, "advcl"))) {
        return head;
      }
      if (!(tree.is(at, "ccomp") || tree.is(at, "xcomp") || tree.is(at, "conj") || tree.is(at, "advcl") || tree.is(at, "parataxis")
          || tree.is(at, "acl") || tree.is(at, "obj") || tree.is(at, "obl") || tree.is(at, "nmod"))) {
        break;
      }
      at = head;
    }
    for (int c : tree.children(at)) {
      if ((tree.is(c, "ccomp") || tree.is(c, "parataxis")) && isReporting(tree, finder, c) && tree.child(c, "nsubj") >= 0 && tree.child(c, "ccomp") < 0) {
        return c;
      }
    }
    return -1;
  }

  private boolean isReporting(DependencyTree tree, ActionFinder finder, int verb) {
    Lexicon.Entry entry = finder.entry(verb);
    return entry != null && entry.role() == Lexicon.Role.REPORT || index.quoteWithCue(tree.span(verb, verb)) != null && tree.isVerb(verb);
  }

  private EventActor reporterActor(DependencyTree tree, int verb) {
    Quote quote = index.quoteWithCue(tree.span(verb, verb));
    int subject = tree.child(verb, "nsubj");
    if (subject >= 0 && !tree.isPronoun(subject)) {
      EventActor actor = actors.read(tree, subject, null);
      if (actor != null) {
        return actor;
      }
    }
    if (quote != null && quote.speaker() != null) {
      return speaker(quote.speaker());
    }
    return subject >= 0 ? actors.read(tree, subject, null) : null;
  }

  /** The date expression nearest the event in the parse, within {@link #DATE_DISTANCE} arcs; null if none. */
  private DocIndex.DateAt date(DependencyTree tree, Action action) {
    DocIndex.DateAt best = null;
    int bestDistance = DATE_DISTANCE + 1;
    for (DocIndex.DateAt date : index.dates) {
      int token = date.lastToken() - tree.offset;
      if (token < 0 || token >= tree.size) {
        continue;
      }
      int distance = Math.min(tree.distance(token, action.clause), tree.distance(token, action.trigger));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = date;
      }
    }
    return best;
  }

  /** A place named "in", "at", "near" ... the event (or what it acts on, or a "when" clause of it), that is none of its actors. */
  private EventPlace place(DependencyTree tree, Action action, List<EventActor> sources, List<EventActor> targets) {
    java.util.Set<Integer> heads = new java.util.HashSet<>(List.of(action.clause, action.trigger));
    if (action.inner != null) {
      heads.add(action.inner.clause);
      heads.add(action.inner.trigger);
    }
    int object = tree.child(action.clause, "obj");
    if (object >= 0 && isMatchedThing(action, action.clause)) {
      heads.add(object);
    }
    for (int c : tree.children(action.clause)) {
      int mark = tree.child(c, "mark");
      if (tree.is(c, "advcl") && mark >= 0 && (tree.lemma[mark].equals("when") || tree.lemma[mark].equals("as"))) {
        heads.add(c);
      }
    }
    for (int t = 0; t < tree.size; t++) {
      if (tree.head[t] < 0 || !heads.contains(tree.head[t]) || !(tree.is(t, "obl") || tree.is(t, "nmod")) || !PLACE_CASES.contains(tree.caseOf(t))) {
        continue;
      }
      DocIndex.EntityMention mention = locationAt(tree, t);
      if (mention == null) {
        continue;
      }
      Span span = mention.mention().span();
      boolean actor = sources.stream().anyMatch(a -> a != null && a.span().overlaps(span)) || targets.stream().anyMatch(a -> a != null && a.span().overlaps(span));
      if (!actor) {
        return new EventPlace(mention.entity().name(), mention.entity().id(), span);
      }
    }
    return null;
  }

  /** The place a nominal names: itself, or the place it is "of" or named by ("the capital city of Algiers", "the capital Kabul"). */
  private DocIndex.EntityMention locationAt(DependencyTree tree, int t) {
    DocIndex.EntityMention mention = index.mentionAt(tree.offset + t);
    if (mention != null) {
      return mention.entity().type() == EntityType.LOCATION ? mention : null;
    }
    for (int c : tree.children(t)) {
      DocIndex.EntityMention inner = index.mentionAt(tree.offset + c);
      if (inner != null && inner.entity().type() == EntityType.LOCATION
          && (tree.is(c, "nmod") && tree.caseOf(c).equals("of") || tree.is(c, "appos") || tree.is(c, "flat") || tree.is(c, "compound") && tree.isProperNoun(c))) {
        return inner;
      }
    }
    return null;
  }

}
