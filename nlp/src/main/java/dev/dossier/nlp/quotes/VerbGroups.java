package dev.dossier.nlp.quotes;

import java.util.Set;

/**
 * What the words around a verb say about it, for deciding whether it reports speech: whether it
 * is negated, whether it has a subject of its own to be the speaker, whether a span holds a finite
 * verb (then what follows a cue is a clause, not an object). Read on the tagger's tags only.
 */
final class VerbGroups {

  /** Words before a present participle that open a participle clause: "and vowing", "by backing", "after endorsing". */
  private static final Set<String> PARTICIPLE_OPENERS = Set.of("and", "by", "while", "after", "before");

  private final TokenView tv;

  VerbGroups(TokenView tv) {
    this.tv = tv;
  }

  /** True if a finite verb outside quotation marks stands in {@code [from, to)}: the content is a clause ("said the bill, which passed, would …"). */
  boolean hasFiniteVerb(int from, int to) {
    for (int k = from; k < to; k++) {
      if (tv.isFiniteVerb(k) && !tv.inQuote(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True if "not" or "never" goes with the verb ("does not discuss", "never endorsed"): a quote has
   * no polarity, and "X endorsed Y" must not stand for "X did not endorse Y".
   */
  boolean isNegated(int verb, int from) {
    for (int k = verb - 1; k >= from && k >= verb - 3; k--) {
      if (tv.lower[k].equals("not") || tv.lower[k].equals("n't") || tv.lower[k].equals("never")) {
        return true;
      }
      if (!(tv.isAdverb(k) || tv.isVerb(k))) {
        return false;
      }
    }
    return false;
  }

  /** A contracted "is" the tagger read as a possessive ending: "He’s comparing". */
  boolean isContractedIs(int k) {
    return k > 0 && tv.pos[k].equals("POS") && (tv.lower[k].equals("\u2019s") || tv.lower[k].equals("'s")) && tv.isPronoun(k - 1);
  }

  /**
   * The first token of the subject of a present participle in an absolute "with" phrase ("with
   * O’Malley calling Trump a fascist", "with most voters backing the plan"), or -1 if the
   * participle at {@code verb} stands in none.
   */
  int absoluteSubject(int verb, int from) {
    if (!tv.pos[verb].equals("VBG") || verb - 1 <= from || !tv.isNoun(verb - 1)) {
      return -1;
    }
    int start = Phrases.nounPhraseBefore(tv, verb, from);
    return start < verb && start - 1 >= from && tv.lower[start - 1].equals("with") && !tv.inQuote(start - 1) ? start : -1;
  }

  /**
   * True if the verb has a subject of its own to be the speaker: a finite verb, a participle after
   * "have" ("has endorsed"), a base form after a modal or "do" ("will support"), a present
   * participle in a progressive ("is supporting") or opening a participle clause (", calling him
   * …", "and vowing", "by backing"). Not a bare participle ("a plan backed by the party"), not an
   * infinitive ("asked Clinton to discuss"), not a present participle that only modifies a noun
   * ("voters supporting the measure").
   */
  boolean hasOwnSubject(int verb, int from) {
    String pos = tv.pos[verb];
    if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) {
      return true;
    }
    if (pos.equals("VBG")) {
      // "is supporting", ", calling him …", "and vowing": a progressive or a participle clause, not "people supporting a plan".
      int before = verb - 1;
      while (before >= from && tv.isAdverb(before)) {
        before--;
      }
      return before < from || tv.lemma[before].equals("be") || isContractedIs(before) || tv.isComma(before) || PARTICIPLE_OPENERS.contains(tv.lower[before])
          || absoluteSubject(verb, from) >= 0;
    }
    int k = verb - 1;
    while (k >= from && (tv.isAdverb(k) || tv.lower[k].equals("not") || tv.lower[k].equals("n't"))) {
      k--;
    }
    if (k < from) {
      return false;
    }
    return pos.equals("VBN") ? tv.lemma[k].equals("have") : pos.equals("VB") && (tv.pos[k].equals("MD") || tv.lemma[k].equals("do"));
  }
}
