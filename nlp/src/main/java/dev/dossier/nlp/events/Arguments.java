package dev.dossier.nlp.events;

import dev.dossier.core.EventActor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds an action's arguments on the dependency parse: the heads of the phrases that name who
 * acted (subjects, passive agents, an event noun's possessor or "by" phrase) and whom it was done
 * to (objects, the prepositions the lexicon or the action's kind names, the subject of an "unless"
 * clause for a threat); the readings of last resort are {@link IndirectTargets}'. Which of those
 * phrases are actors at all is {@link ActorReader}'s call.
 * Stateless apart from the reader; not thread-safe because the reader is not.
 */
final class Arguments {

  /** The prepositions that introduce a verb's target, most telling first, when the lexicon names none. */
  private static final List<String> VERB_TARGETS = List.of("against", "on", "upon", "with", "between", "to", "toward", "towards", "into", "at", "from", "over", "about", "for");
  /** The same for an event noun: "the invasion of Ukraine", "an attack on the embassy". */
  private static final List<String> NOUN_TARGETS = List.of("of", "against", "on", "upon", "with", "between", "to", "toward", "towards", "at", "from", "over", "for", "into");

  private final ActorReader actors;
  private final IndirectTargets indirect;

  Arguments(ActorReader actors) {
    this.actors = actors;
    this.indirect = new IndirectTargets(actors);
  }

  /**
   * The targets of an action of the same type the event's clause governs, already read: "began a
   * hunger strike to protest against Sweden's decision" protests against Sweden. Actions are read
   * shallowest first, so the governed one is read after; it is read here on demand instead.
   */
  List<EventActor> purposeTargets(DependencyTree tree, Action action, List<Action> actions) {
    Cameo.Coding coding = Cameo.coding(action.code);
    for (Action other : actions) {
      if (other == action || Cameo.coding(other.code).type() != coding.type() || !tree.dominates(action.clause, other.trigger)) {
        continue;
      }
      List<EventActor> found = new ArrayList<>();
      for (int head : targetHeads(tree, other, sourceHeads(tree, other))) {
        EventBuilder.add(found, actors.read(tree, head, null));
      }
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /** The heads of the phrases naming who acted. */
  List<Integer> sourceHeads(DependencyTree tree, Action action) {
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
          return actors.actorHeads(tree, subject);
        }
      }
      if (tree.isPassive(at)) {
        for (int c : tree.children(at)) {
          if ((tree.is(c, "obl") || tree.is(c, "nmod")) && tree.caseOf(c).equals("by")) {
            return actors.actorHeads(tree, c);
          }
        }
        return List.of();
      }
      int subject = tree.child(at, "nsubj");
      if (subject >= 0 && !tree.is(subject, "nsubj:pass")) {
        if ((tree.pos[subject].startsWith("W") || tree.lower[subject].equals("that")) && tree.is(at, "acl:relcl")) {
          subject = tree.head[at];
        }
        return actors.actorHeads(tree, subject);
      }
      int clausal = tree.child(at, "csubj");
      if (clausal >= 0 && (tree.pos[clausal].equals("VBN") || tree.pos[clausal].equals("VBD")) && tree.child(clausal, "nsubj") >= 0) {
        // "French farmers angered by ... have blocked roads": the parser makes the participle
        // phrase a clausal subject; the actor is its own subject.
        return actors.actorHeads(tree, tree.child(clausal, "nsubj"));
      }
      if (tree.is(at, "xcomp") || tree.is(at, "conj") || tree.is(at, "advcl") || isFreeAdjunct(tree, at)) {
        at = tree.head[at];
      } else if (tree.is(at, "acl") && !tree.is(at, "acl:relcl") && tree.head[at] >= 0) {
        at = tree.head[tree.head[at]];
      } else {
        break;
      }
    }
    return List.of();
  }

  /**
   * True if a present participle hangs loosely off a verb ("launched rocket fire ..., killing or
   * wounding 50"): a free adjunct, whose understood subject is the verb's. The parser often
   * leaves it as {@code dep} where Universal Dependencies has {@code advcl}. A gerund with a
   * possessor has its own subject ("joked about Kilimnik's going to meet").
   */
  private static boolean isFreeAdjunct(DependencyTree tree, int at) {
    return tree.is(at, "dep") && tree.pos[at].equals("VBG") && tree.head[at] >= 0 && tree.isVerb(tree.head[at]) && tree.child(at, "nsubj") < 0
        && tree.child(at, "nmod:poss") < 0;
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
  List<Integer> targetHeads(DependencyTree tree, Action action, List<Integer> sources) {
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
      List<Integer> heads = actors.actorHeads(tree, subject);
      if (!heads.isEmpty()) {
        return heads;
      }
    }
    List<Integer> heads = targetsOf(tree, action.clause, action, sources);
    if (heads.isEmpty() && action.inner != null) {
      heads = targetsOf(tree, action.inner.clause, action.inner, sources);
      if (heads.isEmpty() && action.code.startsWith("13")) {
        heads = indirect.unlessSubject(tree, action.inner.clause);
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
    if (heads.isEmpty() && tree.isNoun(action.clause)) {
      heads = indirect.undergoer(tree, action.clause, sources);
    }
    if (heads.isEmpty()) {
      heads = indirect.purposeObject(tree, action.inner == null ? action.clause : action.inner.clause, sources);
    }
    if (heads.isEmpty() && Cameo.isVerbal(action.code)) {
      heads = indirect.asWhat(tree, action.clause, sources);
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
        return actors.actorHeads(tree, subject);
      }
    }
    int object = tree.child(clause, "obj");
    if (object < 0) {
      object = tree.child(clause, "iobj");
    }
    if (object >= 0 && (object == action.trigger || tree.conjuncts(object).contains(action.trigger))) {
      // "speeded up the withdrawal of forces from Panama": the carried event noun's own dependents
      // say whom it is done to; so do those of the words it is coordinated with ("launched
      // artillery, mortar, and rocket fire against ..."), which name the same act.
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
      List<Integer> heads = actors.actorHeads(tree, object);
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
          List<Integer> heads = actors.actorHeads(tree, c);
          if (!heads.isEmpty()) {
            return heads;
          }
        }
      }
    }
    int ccomp = tree.child(clause, "ccomp");
    if (object < 0 && ccomp >= 0 && (action.code.startsWith("12") || action.code.equals("016")) && !(action.inner != null && clause == action.clause)) {
      // "rejected North Korea's demand to sever ..." parsed as a clause: its subject is what is
      // rejected. Not for a frame that governs its own act ("refused to meet Jordan's King,
      // saying he would ..."): whom that act is done to is the target, read from it next.
      return actors.actorHeads(tree, tree.child(ccomp, "nsubj"));
    }
    if (action.code.startsWith("13")) {
      // "threatened to strike unless Israel rescinded ...": the threat is aimed at whoever must act.
      return indirect.unlessSubject(tree, clause);
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
  static boolean isMatchedThing(Action action, int clause) {
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
    List<Integer> dependents = new ArrayList<>();
    for (int c : tree.children(noun)) {
      dependents.add(c);
    }
    if (tree.is(noun, "conj")) {
      // Universal Dependencies hangs what coordinated nouns share on the first of them: a phrase
      // after the last conjunct ("artillery, mortar, and rocket fire against guerrilla camps") is
      // every conjunct's.
      for (int c : tree.children(tree.head[noun])) {
        if (c > noun) {
          dependents.add(c);
        }
      }
    }
    for (String preposition : order) {
      for (int c : dependents) {
        if ((tree.is(c, "nmod") || tree.is(c, "obl")) && tree.caseOf(c).equals(preposition) && !sources.contains(c)) {
          List<Integer> heads = actors.actorHeads(tree, c);
          if (!heads.isEmpty()) {
            return heads;
          }
        }
      }
    }
    return List.of();
  }
}
