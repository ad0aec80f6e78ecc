package dev.dossier.nlp.quotes;

import java.util.Locale;
import java.util.Set;

/**
 * Support verbs (light verbs): verbs whose object noun carries the act, as in "make a case for",
 * "launch an attack against", "give support to", "raise questions about". When such a verb is a
 * learned cue with a noun object, the noun and its preposition are part of the cue, and what the
 * noun is about is the content: "Trump launched [a pre-emptive attack against] Obama".
 *
 * <p>The verbs are the usual support verbs of English (the "Oper" verbs of lexical-function
 * grammar); verbs that carry a stance of their own ("expressed their support for", "endorsed the
 * bid of") keep their whole object as content.
 */
final class SupportVerbs {

  private static final Set<String> VERBS =
      Set.of("make", "take", "give", "have", "launch", "deliver", "mount", "wage", "level", "issue", "offer", "lodge", "file", "raise", "carry", "throw", "pay", "draw", "put");

  /** Prepositions that join a noun of stance or speech to what it is about: "an attack against", "all mention of". */
  private static final Set<String> PREPOSITIONS = Set.of("of", "against", "for", "about", "on", "toward", "towards", "with", "to");

  /** The longest noun phrase read as part of a nominal cue, in tokens. */
  private static final int MAX_NOUN_PHRASE = 5;

  private SupportVerbs() {}

  /**
   * The first token of what the noun object of the support verb {@code verb} is about, or -1 if
   * the verb is no support verb or its object [{@code object}, {@code end}) is not a short common
   * noun phrase (determiners, adjectives, numbers, nouns; no name, no quotation) followed by one
   * of the prepositions and at least one more token.
   */
  static int objectOfNominalCue(TokenView tv, int verb, int object, int end) {
    if (!VERBS.contains(tv.lemma[verb].toLowerCase(Locale.ROOT))) {
      return -1;
    }
    int m = object;
    int head = -1;
    while (m < end && m - object < MAX_NOUN_PHRASE && !tv.inQuote(m)) {
      String pos = tv.pos[m];
      if (pos.equals("NN") || pos.equals("NNS")) {
        head = m;
      } else if (!(pos.equals("DT") || pos.equals("PRP$") || pos.startsWith("JJ") || pos.equals("CD") || pos.equals("RB"))) {
        break;
      }
      m++;
    }
    boolean preposition = m + 1 < end && PREPOSITIONS.contains(tv.lower[m]) && (tv.pos[m].equals("IN") || tv.pos[m].equals("TO"));
    return head >= 0 && head == m - 1 && preposition ? m + 1 : -1;
  }
}
