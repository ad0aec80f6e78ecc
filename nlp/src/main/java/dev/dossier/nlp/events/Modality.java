package dev.dossier.nlp.events;

import java.util.Set;

/**
 * What the words around a trigger say of its reality: negated ("did not meet", "no talks"),
 * hedged ("allegedly", "could", "is said to"), intended ("will meet", "would allow") or demanded
 * ("must cooperate"). Read from the trigger's own dependents and those of the verbs governing it.
 * Stateless.
 */
final class Modality {

  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
  private static final Set<String> HEDGE_MODALS = Set.of("may", "might", "could", "can");
  private static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll", "wo");
  private static final Set<String> DEONTIC = Set.of("must", "should");
  private static final Set<String> HEDGE_ADVERBS =
      Set.of("allegedly", "reportedly", "apparently", "possibly", "perhaps", "probably", "purportedly", "supposedly", "reputedly", "likely", "maybe",
          "seemingly", "ostensibly");
  private static final Set<String> HEDGE_ADJECTIVES = Set.of("alleged", "suspected", "possible", "apparent", "reported", "purported", "presumed", "potential");
  /** Verbs whose passive with an infinitive hedges it: "is said to", "was believed to". */
  private static final Set<String> HEARSAY = Set.of("say", "believe", "think", "report", "suspect", "expect", "rumor", "rumour", "understand", "allege", "claim");
  /** Verbs whose complement is an allegation, not a fact: "accused X of violating". */
  private static final Set<String> ALLEGING = Set.of("accuse", "allege", "suspect", "claim", "blame", "charge", "fear", "suggest", "speculate", "rumor");

  /** Verbs of finding out: a negated one says what it governs was not found to have happened. */
  private static final Set<String> FINDING = Set.of("find", "identify", "establish", "show", "prove", "uncover", "confirm", "reveal", "see", "detect", "demonstrate");

  private Modality() {}

  static boolean negated(DependencyTree tree, int token) {
    for (int c : tree.children(token)) {
      if ((tree.is(c, "advmod") || tree.is(c, "det") || tree.is(c, "neg")) && NEGATIONS.contains(tree.lower[c]) && !notOnly(tree, c)) {
        return true;
      }
      if (tree.is(c, "advmod") && tree.lemma[c].equals("longer") && tree.child(c, "advmod") >= 0 && tree.lower[tree.child(c, "advmod")].equals("no")) {
        return true;
      }
    }
    return false;
  }

  /**
   * True if the clause is what a negated finding did not find: "the investigation did not identify
   * evidence that any U.S. persons conspired with the Russian government". Climbs from the clause
   * through the noun it completes ("evidence that") to the verb of finding.
   */
  static boolean unfound(DependencyTree tree, int clause) {
    int at = clause;
    for (int steps = 0; steps < 4; steps++) {
      int head = tree.head[at];
      if (head < 0 || !(tree.is(at, "ccomp") || tree.is(at, "acl") || tree.is(at, "obj") || tree.is(at, "conj") || tree.is(at, "nmod"))) {
        return false;
      }
      if (tree.isVerb(head) && FINDING.contains(tree.lemma[head])) {
        return negated(tree, head);
      }
      at = head;
    }
    return false;
  }

  /** "not only incorrect, it ...": the negation adds to the claim, it does not deny it. */
  private static boolean notOnly(DependencyTree tree, int negation) {
    return negation + 1 < tree.size && (tree.lower[negation + 1].equals("only") || tree.lower[negation + 1].equals("just") || tree.lower[negation + 1].equals("merely"));
  }

  /** True for "will", "would", "going to", "'ll" on the verb. */
  static boolean future(DependencyTree tree, int token) {
    for (int c : tree.children(token)) {
      if (tree.is(c, "aux") && FUTURE.contains(tree.lower[c])) {
        return true;
      }
    }
    int head = tree.head[token];
    return tree.is(token, "xcomp") && head >= 0 && tree.lemma[head].equals("go") && tree.pos[head].equals("VBG");
  }

  /** True for "may", "might", "could" on the verb: a possibility, which for an act of harm is a threat. */
  static boolean possible(DependencyTree tree, int token) {
    for (int c : tree.children(token)) {
      if (tree.is(c, "aux") && tree.lemma[c].equals("have")) {
        // "may have shared": a guess about the past, hedged, not an intent.
        return false;
      }
    }
    for (int c : tree.children(token)) {
      if (tree.is(c, "aux") && (tree.lower[c].equals("may") || tree.lower[c].equals("might") || tree.lower[c].equals("could"))) {
        return true;
      }
    }
    return false;
  }

  /** True for "must", "should", "have to", "need to" on the verb. */
  static boolean deontic(DependencyTree tree, int token) {
    for (int c : tree.children(token)) {
      if (tree.is(c, "aux") && DEONTIC.contains(tree.lower[c])) {
        return true;
      }
    }
    int head = tree.head[token];
    return tree.is(token, "xcomp") && head >= 0 && (tree.lemma[head].equals("have") || tree.lemma[head].equals("need"));
  }

  /** True if the words on the trigger, or on a verb up its chain of complements, hedge it. */
  static boolean hedged(DependencyTree tree, int token) {
    int at = token;
    for (int steps = 0; at >= 0 && steps < 6; steps++) {
      for (int c : tree.children(at)) {
        if (tree.is(c, "aux") && HEDGE_MODALS.contains(tree.lower[c])) {
          return true;
        }
        if (tree.is(c, "advmod") && HEDGE_ADVERBS.contains(tree.lower[c])) {
          return true;
        }
        if (tree.is(c, "amod") && HEDGE_ADJECTIVES.contains(tree.lower[c])) {
          return true;
        }
        if (tree.is(c, "mark") && tree.lower[c].equals("if") || tree.is(c, "mark") && tree.lower[c].equals("whether")) {
          return true;
        }
      }
      int head = tree.head[at];
      if (head < 0) {
        break;
      }
      if (tree.is(at, "xcomp") && tree.isPassive(head) && HEARSAY.contains(tree.lemma[head])) {
        return true;
      }
      if ((tree.is(at, "advcl") || tree.is(at, "ccomp") || tree.is(at, "xcomp") || tree.is(at, "obl") || tree.is(at, "nmod")) && ALLEGING.contains(tree.lemma[head])) {
        return true;
      }
      if (!(tree.is(at, "xcomp") || tree.is(at, "ccomp") || tree.is(at, "conj") || tree.is(at, "obj") || tree.is(at, "obl"))) {
        break;
      }
      at = head;
    }
    return false;
  }
}
