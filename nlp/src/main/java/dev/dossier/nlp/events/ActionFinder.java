package dev.dossier.nlp.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the coded actions of one parsed sentence: each trigger the lexicon knows, combined with
 * the frame that governs it ("agreed to", "threatened to", "refused to", "demanded that"), the
 * light verb that carries it ("held talks", "imposed sanctions") or the verb that stops it
 * ("halted aid", "lifted the curfew"), and with the modality of its verb ("will meet" is an
 * intent, "must cooperate" under a reporting verb a demand).
 *
 * <p>Tokens are read from the top of the parse down, so a frame takes its complement before the
 * complement could stand alone. One per sentence; not thread-safe.
 */
final class ActionFinder {

  private final DependencyTree tree;
  private final Lexicon.Entry[] matches;
  private final boolean[] consumed;

  ActionFinder(DependencyTree tree, Triggers triggers) {
    this.tree = tree;
    matches = new Lexicon.Entry[tree.size];
    consumed = new boolean[tree.size];
    for (int i = 0; i < tree.size; i++) {
      matches[i] = triggers.match(tree, i);
    }
    first = new int[tree.size];
    last = new int[tree.size];
    for (int i = 0; i < tree.size; i++) {
      first[i] = i;
      last[i] = i;
    }
    for (int i = 0; i < tree.size; i++) {
      if (matches[i] != null) {
        for (int part : Triggers.parts(tree, i, matches[i])) {
          // "state of siege", "hunger strike": the named words are the trigger's, not triggers of their own.
          first[i] = Math.min(first[i], part);
          last[i] = Math.max(last[i], part);
          if (part != i) {
            consumed[part] = true;
          }
        }
      }
    }
  }

  private final int[] first;
  private final int[] last;

  /** The lexicon entry of a token, or null: for the argument reader, which looks for reporting verbs. */
  Lexicon.Entry entry(int token) {
    return matches[token];
  }

  /** The sentence's actions, shallowest first. */
  List<Action> find() {
    List<Integer> order = new ArrayList<>();
    int[] depth = new int[tree.size];
    for (int i = 0; i < tree.size; i++) {
      depth[i] = tree.depth(i);
      if (matches[i] != null) {
        order.add(i);
      }
    }
    order.sort(Comparator.comparingInt((Integer i) -> depth[i]).thenComparingInt(i -> i));
    List<Action> actions = new ArrayList<>();
    for (int i : order) {
      if (consumed[i]) {
        continue;
      }
      Action action = action(i);
      if (action != null && action.code != null) {
        consumed[i] = true;
        action.first = Math.min(first[action.trigger], action.trigger);
        action.last = Math.max(last[action.trigger], action.trigger);
        actions.add(action);
      }
    }
    return actions;
  }

  private Action action(int i) {
    Lexicon.Entry entry = matches[i];
    if (entry == null || consumed[i]) {
      return null;
    }
    if (tree.is(i, "amod") && tree.pos[i].startsWith("VB") && tree.head[i] > i) {
      // "any denied area", "Moscow's alleged 2016 election interference": a participle before the noun it qualifies reports no act of its own.
      return null;
    }
    return switch (entry.role()) {
      case REPORT -> null;
      case EVENT -> modal(new Action(entry.cameo(), entry.mode(), i, i, entry));
      case LIGHT -> light(i, entry);
      case STOP, EASE -> stop(i, entry);
      default -> frame(i, entry);
    };
  }

  /** "Will meet" is an intent to meet, "will not meet" a refusal, "will attack" a threat; "must cooperate" a demand when reported. */
  private Action modal(Action action) {
    int verb = action.clause;
    if (!(tree.isVerb(verb) || tree.child(verb, "cop") >= 0)) {
      if (tree.isAdjective(action.trigger) && action.entry.role() == Lexicon.Role.EVENT && Cameo.isVerbal(action.code)) {
        // "CNN's narrative was false": the reporting speaker rejects what the subject names.
        action.sourceIsReporter = true;
        action.targetFrom = action.trigger;
      }
      return action;
    }
    if (tree.isAdjective(action.trigger) && Cameo.isVerbal(action.code) && action.entry.role() == Lexicon.Role.EVENT) {
      action.sourceIsReporter = true;
      action.targetFrom = action.trigger;
      return action;
    }
    if ((Modality.future(tree, verb) || Modality.possible(tree, verb)) && !Cameo.isVerbal(action.code)) {
      if (Modality.negated(tree, verb) && Cameo.isCooperative(action.code)) {
        action.code = Cameo.refusal(action.code);
        action.negationUsed = true;
      } else {
        action.code = Cameo.intent(action.code);
      }
      action.mode = null;
    } else if (Modality.deontic(tree, verb) && isReported(verb)) {
      action.code = Cameo.demand(action.code);
      action.mode = null;
      action.sourceIsReporter = true;
      action.targetFrom = verb;
    }
    return action;
  }

  /** True if a clause is what a reporting verb reports: "the Bush administration declared that China must drop barriers". */
  private boolean isReported(int verb) {
    int head = tree.head[verb];
    if (head < 0) {
      return false;
    }
    if ((tree.is(verb, "ccomp") || tree.is(verb, "acl")) && tree.isNoun(head)) {
      // "a stern reminder to Iraq that it must cooperate"
      return true;
    }
    return (tree.is(verb, "ccomp") || tree.is(verb, "parataxis")) && matches[head] != null
        && (matches[head].role() == Lexicon.Role.REPORT || matches[head].role() == Lexicon.Role.DEMAND || matches[head].role() == Lexicon.Role.THREAT);
  }

  /** An event noun an object stands for: itself, or the event noun that qualifies it ("mediation efforts", "peace talks"). */
  private int eventNoun(int object) {
    if (object < 0 || matches[object] != null) {
      return object;
    }
    for (int c : tree.children(object)) {
      if ((tree.is(c, "compound") || tree.is(c, "nmod")) && matches[c] != null && matches[c].role() == Lexicon.Role.EVENT && tree.isNoun(c)) {
        return c;
      }
    }
    return object;
  }

  private Action light(int verb, Lexicon.Entry entry) {
    int noun = tree.child(verb, "obj");
    if (noun < 0 && tree.isPassive(verb) && tree.child(verb, "nsubj:pass") >= 0 && matches[tree.child(verb, "nsubj:pass")] != null) {
      // "sanctions were imposed"
      noun = tree.child(verb, "nsubj:pass");
    }
    noun = eventNoun(noun);
    if (noun >= 0 && !isEventNoun(noun)) {
      // "launched artillery, mortar, and rocket fire": the verb carries the event noun among its conjoined objects.
      for (int conjunct : tree.conjuncts(noun)) {
        if (isEventNoun(eventNoun(conjunct))) {
          noun = eventNoun(conjunct);
          break;
        }
      }
    }
    if (noun < 0 || !isEventNoun(noun) && tree.child(verb, "obj") == noun) {
      // With no object ("engaged in talks"), or an object that is no event ("used a nerve agent in
      // an assassination attempt", "took part in the meeting"), the event noun follows "in",
      // "into", "on" or "under".
      boolean any = noun < 0;
      for (int c : tree.children(verb)) {
        String preposition = tree.caseOf(c);
        if ((tree.is(c, "obl") || tree.is(c, "nmod")) && matches[c] != null && (any || isEventNoun(eventNoun(c)))
            && (preposition.equals("in") || preposition.equals("into") || preposition.equals("on") || preposition.equals("under"))) {
          noun = any ? c : eventNoun(c);
        }
      }
      noun = eventNoun(noun);
    }
    if (noun < 0 || matches[noun] == null || matches[noun].role() != Lexicon.Role.EVENT || !tree.isNoun(noun)) {
      return entry.cameo() == null ? null : modal(new Action(entry.cameo(), entry.mode(), verb, verb, entry));
    }
    Action inner = action(noun);
    consumed[noun] = true;
    Action carried = new Action(inner.code, inner.mode, noun, verb, inner.entry);
    carried.inner = inner;
    carried.lightVerb = true;
    return modal(carried);
  }

  private boolean isEventNoun(int token) {
    return token >= 0 && matches[token] != null && matches[token].role() == Lexicon.Role.EVENT && tree.isNoun(token);
  }

  private Action stop(int verb, Lexicon.Entry entry) {
    int object = eventNoun(Triggers.object(tree, verb));
    if (object < 0) {
      object = tree.child(verb, "xcomp");
    }
    if (object < 0 || matches[object] == null || matches[object].role() == Lexicon.Role.REPORT) {
      return null;
    }
    Action inner = action(object);
    if (inner == null || inner.code == null) {
      return null;
    }
    String code = entry.role() == Lexicon.Role.STOP ? Cameo.stop(inner.code) : Cameo.ease(inner.code);
    if (code == null) {
      return null;
    }
    consumed[object] = true;
    Action stopped = new Action(code, null, verb, verb, entry);
    stopped.inner = inner;
    return modal(stopped);
  }

  private Action frame(int word, Lexicon.Entry entry) {
    int complement = complement(word, entry.role());
    Action inner = null;
    if (complement >= 0 && matches[complement] != null && matches[complement].role() != Lexicon.Role.REPORT) {
      inner = action(complement);
    }
    if (inner == null || inner.code == null) {
      if (entry.cameo() == null) {
        return null;
      }
      Action alone = new Action(entry.cameo(), entry.mode(), word, word, entry);
      if (complement >= 0 && (tree.is(complement, "ccomp") || tree.is(complement, "acl")) && (entry.role() == Lexicon.Role.DEMAND || entry.role() == Lexicon.Role.THREAT)) {
        // "demanded that the United States match ...": whom the demand is made of is the clause's subject.
        alone.targetFrom = complement;
        if (entry.role() == Lexicon.Role.THREAT && (Modality.future(tree, complement) || Modality.deontic(tree, complement))) {
          // "warned that police will no longer tolerate rallies": a warning of what will be done is a threat.
          alone.code = "130";
          alone.mode = null;
        }
      }
      return modal(alone);
    }
    consumed[complement] = true;
    boolean negated = Modality.negated(tree, word);
    Action framed = new Action(null, null, word, word, entry);
    framed.inner = inner;
    switch (entry.role()) {
      case INTENT -> {
        if (Modality.deontic(tree, word) && isReported(word)) {
          // "the US must be ready to mediate", says the speaker: a demand on the US.
          framed.code = Cameo.demand(inner.code);
          framed.sourceIsReporter = true;
          framed.targetFrom = word;
        } else if (negated && Cameo.isCooperative(inner.code)) {
          framed.code = Cameo.refusal(inner.code);
          framed.negationUsed = true;
        } else {
          framed.code = Cameo.intent(inner.code);
        }
      }
      case THREAT -> framed.code = Cameo.threat(inner.code);
      case REFUSAL -> {
        if (negated) {
          // "did not refuse to meet" reports the meeting's prospect, not a rejection.
          framed.code = Cameo.intent(inner.code);
          framed.negationUsed = true;
        } else {
          framed.code = Cameo.refusal(inner.code);
        }
      }
      case DEMAND -> framed.code = Cameo.demand(inner.code);
      default -> {
        framed.code = Cameo.attempt(inner.code);
        framed.mode = inner.mode;
      }
    }
    if (entry.role() == Lexicon.Role.DEMAND && tree.is(complement, "ccomp")) {
      framed.targetFrom = complement;
    }
    if (framed.targetFrom < 0 && inner.targetFrom >= 0) {
      framed.targetFrom = inner.targetFrom;
    }
    return framed;
  }

  /** What a frame governs: its infinitive, its clause (for demands and threats), or an event noun as object or after "for", "to", "on". */
  private int complement(int word, Lexicon.Role role) {
    int xcomp = tree.child(word, "xcomp");
    if (xcomp >= 0) {
      return xcomp;
    }
    if (role == Lexicon.Role.DEMAND || role == Lexicon.Role.THREAT || role == Lexicon.Role.INTENT) {
      int ccomp = tree.child(word, "ccomp");
      if (ccomp < 0 && tree.isNoun(word)) {
        for (int c : tree.children(word)) {
          if (tree.is(c, "acl") && tree.child(c, "mark") >= 0 && tree.lemma[tree.child(c, "mark")].equals("that")) {
            ccomp = c;
          }
        }
      }
      if (ccomp >= 0 && (matches[ccomp] != null || role != Lexicon.Role.INTENT)) {
        return ccomp;
      }
    }
    int object = Triggers.object(tree, word);
    if (object >= 0 && matches[object] != null && tree.isNoun(object)) {
      return object;
    }
    for (int c : tree.children(word)) {
      if ((tree.is(c, "obl") || tree.is(c, "nmod") || tree.is(c, "acl") || tree.is(c, "advcl")) && matches[c] != null) {
        String preposition = Triggers.caseOrMark(tree, c);
        if (preposition.equals("for") || preposition.equals("to") || preposition.equals("on") || preposition.equals("upon")) {
          return c;
        }
      }
    }
    return -1;
  }
}
