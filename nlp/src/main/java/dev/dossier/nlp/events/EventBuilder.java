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

  private static final Set<String> PLACE_CASES = Set.of("in", "at", "near", "inside", "outside", "across", "throughout", "around");
  /** The farthest, in arcs of the parse, a date expression may stand from its event. */
  private static final int DATE_DISTANCE = 3;
  /** At most this many events from one trigger with many actors. */
  private static final int MAX_PAIRS = 8;

  private final DocIndex index;
  private final ActorReader actors;
  private final Arguments arguments;
  private final LocalDate published;

  EventBuilder(DocIndex index, ActorReader actors) {
    this.index = index;
    this.actors = actors;
    this.arguments = new Arguments(actors);
    this.published = index.doc.article().published();
  }

  /** The events of one sentence's actions, with empty ids, in the order of the actions. */
  List<Event> build(DependencyTree tree, ActionFinder finder, List<Action> actions, Sentence sentence) {
    List<List<Event>> byAction = new ArrayList<>();
    for (Action action : actions) {
      byAction.add(build(tree, finder, action, actions, sentence));
    }
    // The main event is the one whose clause stands highest among those that name an actor: a
    // light verb's event noun stands where its verb does ("launched rocket fire ..., killing 50"
    // is about the fire).
    int mainDepth = Integer.MAX_VALUE;
    int main = -1;
    for (int a = 0; a < actions.size(); a++) {
      int depth = Math.min(tree.depth(actions.get(a).trigger), tree.depth(actions.get(a).clause));
      if (!byAction.get(a).isEmpty() && depth < mainDepth) {
        mainDepth = depth;
        main = a;
      }
    }
    List<Event> events = new ArrayList<>();
    for (int a = 0; a < actions.size(); a++) {
      for (Event e : byAction.get(a)) {
        events.add(a != main ? e : new Event(e.id(), e.span(), e.type(), e.cameo(), e.mode(), e.source(), e.target(), e.sentence(), e.date(), e.dateSpan(),
            e.place(), e.negated(), e.hedged(), e.attribution(), e.quote(), true));
      }
    }
    return events;
  }

  /**
   * The events of one action, none if it names neither who acted nor whom it was done to: such a
   * mention ("following the meeting", "the battles pitting ...") says too little to be an event
   * an analyst can place, count or merge with another report of it.
   */
  private List<Event> build(DependencyTree tree, ActionFinder finder, Action action, List<Action> actions, Sentence sentence) {
    List<Event> events = new ArrayList<>();
    int reporterVerb = reporter(tree, finder, action.clause);
    EventActor reporting = reporterVerb < 0 ? null : reporterActor(tree, reporterVerb);
    // A pronoun may refer to the reporting speaker only in what the speaker reports ("Iraq said it would allow").
    EventActor reporter = reporting != null && reports(tree, reporterVerb, action.clause) ? reporting : null;
    Span trigger = triggerSpan(tree, action);
    // Only a verbal act (a statement, an accusation, a demand, a threat) is carried by a quote: a phone call that names whom it reached is not.
    Quote statement = Cameo.isVerbal(action.code) ? index.quoteWithCue(trigger) : null;
    List<EventActor> sources = new ArrayList<>();
    List<Integer> sourceHeads = action.sourceIsReporter ? List.of() : arguments.sourceHeads(tree, action);
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
    for (int head : arguments.targetHeads(tree, action, sourceHeads)) {
      add(targets, actors.read(tree, head, reporter));
    }
    targets.removeIf(target -> sources.stream().anyMatch(source -> same(source, target)));
    if (targets.isEmpty()) {
      targets.addAll(arguments.purposeTargets(tree, action, actions));
    }
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
    boolean negated = !action.negationUsed && (action.negated || Modality.negated(tree, action.trigger) || action.clause != action.trigger && Modality.negated(tree, action.clause)
        || Modality.unfound(tree, action.clause));
    boolean hedged = Modality.hedged(tree, action.clause) || Modality.hedged(tree, action.trigger);
    String mode = action.mode != null ? action.mode : coding.mode();
    String value = date != null ? date.date().value() : published == null ? null : published.toString();
    Span dateSpan = date == null ? null : date.date().span();
    Span quote = statement == null ? null : statement.span();
    for (EventActor[] pair : pairs(sources, targets)) {
      if (pair[0] != null || pair[1] != null) {
        events.add(new Event("", trigger, coding.type(), action.code, mode, pair[0], pair[1], sentence.span(), value, dateSpan, place, negated, hedged,
            attribution, quote, false));
      }
    }
    return events;
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

  static void add(List<EventActor> actors, EventActor actor) {
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
    if (object >= 0 && Arguments.isMatchedThing(action, action.clause)) {
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
