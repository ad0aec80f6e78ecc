package dev.dossier.nlp.quotes;

/**
 * What follows a conjunction or a comma inside reported content, when it is no more of it: a second
 * verb phrase of the speaker ("… and said …"), a second participle or a clause with a subject of its
 * own after an object ("… and Ruddy heard from friends …"), or a clause that carries an attribution
 * of its own ("…, though she acknowledged …"). Read on the tokens of one sentence; stateless apart
 * from the token view; not thread-safe.
 */
final class SecondClauses {

  private final TokenView tv;
  private final AttributionFinder finder;

  SecondClauses(TokenView tv, AttributionFinder finder) {
    this.tv = tv;
    this.finder = finder;
  }

  /** True if a finite verb, after adverbs, stands at {@code from}: the second verb phrase of "… and said". */
  boolean coordinatedVerb(int from, int to) {
    int k = from;
    while (k < to && tv.isAdverb(k)) {
      k++;
    }
    return k < to && !tv.inQuote(k) && (tv.pos[k].equals("VBD") || tv.pos[k].equals("VBZ") || tv.pos[k].equals("VBP"));
  }

  /**
   * True if what follows "and" after an object is no more of it: a second participle of the same
   * subject ("calling them rapists and vowing to …") or a clause with a subject of its own ("calling
   * him a nice guy and he didn't …", "unhappy with that press coverage and Ruddy heard from friends
   * …"). A noun phrase after "and" is a second object unless a finite verb follows it: "upset with
   * Comey's testimony and the press coverage that followed" goes on.
   */
  boolean coordinatedClause(int from, int to) {
    int k = from;
    while (k < to && tv.isAdverb(k)) {
      k++;
    }
    if (k >= to || tv.inQuote(k)) {
      return false;
    }
    // After an adjective, "and" joins a second one ("how new and untested the rules were"), not a clause.
    boolean afterAdjective = from >= 2 && tv.pos[from - 2].startsWith("JJ");
    return tv.pos[k].equals("VBG") || tv.isPronoun(k) && finder.startsClause(k, to) || !afterAdjective && subjectAndFiniteVerb(k, to);
  }

  /**
   * True if a clause of the content's own opens in the tokens [from, to): "the senator that Moscow
   * and Washington collaborate" — an "and" after it joins two parts of that clause, not a clause
   * beside the object.
   */
  boolean clauseOpensBetween(int from, int to) {
    for (int k = from; k < to; k++) {
      // "that" as a subordinator, not as the determiner of "that press coverage".
      boolean subordinator = tv.pos[k].equals("IN") && (tv.lower[k].equals("that") || tv.lower[k].equals("whether") || tv.lower[k].equals("if"));
      if (!tv.inQuote(k) && (subordinator || tv.pos[k].startsWith("W"))) {
        return true;
      }
    }
    return false;
  }

  /** True if a noun phrase and, after adverbs, a finite verb or modal stand at {@code from}: "Ruddy heard …". */
  private boolean subjectAndFiniteVerb(int from, int to) {
    int k = Phrases.nounPhraseAfter(tv, from, to);
    if (k == from) {
      return false;
    }
    while (k < to && tv.isAdverb(k)) {
      k++;
    }
    return k < to && !tv.inQuote(k) && tv.isFiniteVerb(k);
  }

  /** True if a speaker and a cue open the clause at {@code from}: "she acknowledged …". */
  boolean attributedClause(int from, int to) {
    int speakerEnd = Phrases.nounPhraseAfter(tv, from, to);
    if (speakerEnd == from) {
      return false;
    }
    int k = Phrases.skipAdverbials(tv, speakerEnd, to);
    return k < to && finder.cueAt(k) > 0;
  }
}
