package dev.dossier.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whom an action was done to when neither its object nor its prepositional phrases say it: the
 * one who undergoes what an event noun names ("survived the attack"), the object of the
 * infinitive that says what the act is for ("to help defend Saudi Arabia"), the act a statement
 * calls something ("denounced as a crime Turkey's treatment of …"), and whom a threat is aimed at
 * (the subject of its "unless" clause). {@link Arguments} asks these after the direct readings
 * have found nothing. Stateless apart from the reader; not thread-safe because the reader is not.
 */
final class IndirectTargets {

  /** Verbs whose subject undergoes what their object or prepositional phrase names: "survived the attack", "died in the shelling". */
  private static final Set<String> UNDERGOING = Set.of("survive", "die", "suffer", "succumb", "escape", "recover", "perish");

  private final ActorReader actors;

  IndirectTargets(ActorReader actors) {
    this.actors = actors;
  }

  /**
   * Whom an event noun names no target for was done to, when a verb of undergoing governs it:
   * the verb's subject ("He survived the nerve agent attack", "a prisoner died as a result of
   * torture"). The noun is the verb's object or stands in its prepositional phrase, at most one
   * "of" phrase down ("as a result of").
   */
  List<Integer> undergoer(DependencyTree tree, int noun, List<Integer> sources) {
    int at = noun;
    if (tree.is(at, "nmod") && tree.caseOf(at).equals("of") && tree.head[at] >= 0 && tree.isNoun(tree.head[at])) {
      at = tree.head[at];
    }
    if (!(tree.is(at, "obj") || tree.is(at, "obl")) || tree.head[at] < 0) {
      return List.of();
    }
    int verb = tree.head[at];
    int subject = tree.child(verb, "nsubj");
    if (!UNDERGOING.contains(tree.lemma[verb]) || subject < 0 || sources.contains(subject)) {
      return List.of();
    }
    return actors.actorHeads(tree, subject);
  }

  /**
   * Whom the act is for, when it names no target itself: the object of the infinitive that says
   * what it is for ("willing to send material to help defend Saudi Arabia"), down a chain of
   * infinitives, or the actor inside that object ("to show their disapproval for the United States'
   * policies").
   */
  List<Integer> purposeObject(DependencyTree tree, int clause, List<Integer> sources) {
    for (int c : tree.children(clause)) {
      int mark = tree.child(c, "mark");
      if (!((tree.is(c, "advcl") || tree.is(c, "xcomp")) && mark >= 0 && tree.lower[mark].equals("to") && tree.isVerb(c))) {
        continue;
      }
      int verb = c;
      for (int steps = 0; steps < 2 && tree.child(verb, "obj") < 0 && tree.child(verb, "xcomp") >= 0; steps++) {
        verb = tree.child(verb, "xcomp");
      }
      int object = tree.child(verb, "obj");
      if (object < 0 || sources.contains(object)) {
        continue;
      }
      if (actors.isActor(tree, object)) {
        return actors.withConjuncts(tree, object);
      }
      int within = actorBelow(tree, object, 3);
      if (within >= 0 && !sources.contains(within)) {
        return actors.withConjuncts(tree, within);
      }
    }
    return List.of();
  }

  /**
   * Whose act a statement calls something: "denounced as a crime Turkey's treatment of the
   * refugees", which the parser may hang below the "as" phrase.
   */
  List<Integer> asWhat(DependencyTree tree, int clause, List<Integer> sources) {
    for (int c : tree.children(clause)) {
      if (tree.is(c, "obl") && tree.caseOf(c).equals("as")) {
        for (int d : tree.children(c)) {
          if (tree.is(d, "dep") || tree.is(d, "appos")) {
            int actor = actors.isActor(tree, d) ? d : actorBelow(tree, d, 2);
            if (actor >= 0 && !sources.contains(actor)) {
              return actors.withConjuncts(tree, actor);
            }
          }
        }
      }
    }
    return List.of();
  }

  /** The subject of an "unless" or "if" clause: whom a threat is aimed at. */
  List<Integer> unlessSubject(DependencyTree tree, int clause) {
    for (int c : tree.children(clause)) {
      int mark = tree.child(c, "mark");
      if (tree.is(c, "advcl") && mark >= 0 && (tree.lemma[mark].equals("unless") || tree.lemma[mark].equals("if"))) {
        return actors.actorHeads(tree, tree.child(c, "nsubj"));
      }
    }
    return List.of();
  }

  /** The nearest actor among a noun's modifiers, possessors included ("anger at the government's policies"), breadth first. */
  private int actorBelow(DependencyTree tree, int head, int depth) {
    List<Integer> level = List.of(head);
    for (int d = 0; d < depth; d++) {
      List<Integer> next = new ArrayList<>();
      for (int node : level) {
        for (int c : tree.children(node)) {
          if (tree.is(c, "nmod") || tree.is(c, "nmod:poss") || tree.is(c, "compound") || tree.is(c, "amod")) {
            if (actors.isActor(tree, c)) {
              return c;
            }
            next.add(c);
          }
        }
      }
      level = next;
    }
    return -1;
  }
}
