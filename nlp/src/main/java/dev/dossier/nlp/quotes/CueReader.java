package dev.dossier.nlp.quotes;

import java.util.Set;

/**
 * Reads a verb as a possible attribution cue: its key (the lemma, with the preposition that
 * follows it: "call for") and the {@link Complement} that follows. {@link CueFeatures} builds on
 * this reading for the quote stage and the cue model's derivation ({@code dossier eval cues}) alike.
 *
 * <p>Auxiliaries ("has said"), modals, forms of "be" and verbs inside quotation marks are no
 * cues. Stateless apart from the token view; not thread-safe.
 */
final class CueReader {

  /** Words that open a clause after a verb: "believes that", "asked whether". */
  private static final Set<String> CLAUSE_OPENERS = Set.of("that", "if", "whether", "how", "why", "what", "when", "where", "who", "which");

  private final TokenView tv;
  private final AttributionFinder finder;

  CueReader(TokenView tv, AttributionFinder finder) {
    this.tv = tv;
    this.finder = finder;
  }

  /** True if token {@code i} is a main verb outside quotation marks. */
  boolean isCandidate(int i) {
    if (tv.inQuote(i) || !tv.isVerb(i) || tv.pos[i].equals("MD") || tv.lemma[i].equals("be") || tv.sentence[i] < 0) {
      return false;
    }
    int next = i + 1;
    while (next < tv.size && tv.isAdverb(next)) {
      next++;
    }
    // "has said", "did not deny": the auxiliary is no cue; the verb after it is.
    return !(next < tv.size && tv.isVerb(next) && !tv.pos[next].equals("VBG") && (tv.lemma[i].equals("have") || tv.lemma[i].equals("do")));
  }

  /** The token after the cue starting at verb {@code i}: its preposition or particle included. */
  int cueEnd(int i) {
    int j = i + 1;
    int end = Math.min(tv.size, tv.sentenceEnd(tv.sentence[i]));
    if (j < end && !tv.inQuote(j) && (tv.pos[j].equals("IN") || tv.pos[j].equals("RP") || tv.pos[j].equals("TO") && !(j + 1 < end && tv.pos[j + 1].equals("VB")))
        && !CLAUSE_OPENERS.contains(tv.lower[j])) {
      return j + 1;
    }
    return j;
  }

  /** The cue's key in the cue model's features: "say", "call for". */
  String key(int i, int cueEnd) {
    return cueEnd > i + 1 ? tv.lemma[i] + " " + tv.lower[i + 1] : tv.lemma[i];
  }

  /**
   * True if a determiner, possessive or adjectives at {@code j} lead into quoted words that end
   * the phrase: "called her “third-rate”", "targets a “corrupt political system”".
   */
  private boolean opensQuotedObject(int j, int end) {
    int k = j;
    while (k < end && k - j < 4 && !tv.inQuote(k) && (tv.pos[k].equals("DT") || tv.pos[k].equals("PRP$") || tv.pos[k].startsWith("JJ") || tv.isAdverb(k))) {
      k++;
    }
    return k > j && k < end && tv.inQuote(k) && !tv.isAdverb(k - 1);
  }

  /** "her" as an object the tagger read as a possessive, since no noun follows it: "supported her by a wide margin". */
  private boolean isObjectHer(int j, int end) {
    return tv.lower[j].equals("her") && (j + 1 >= end || !tv.isNounPhraseWord(j + 1) || tv.pos[j + 1].equals("PRP"));
  }

  /** What follows the cue that ends before token {@code from}, read up to its sentence's end. */
  Complement complement(int from) {
    if (from >= tv.size || tv.sentence[from - 1] < 0) {
      return Complement.NONE;
    }
    int end = Math.min(tv.size, tv.sentenceEnd(tv.sentence[from - 1]));
    int j = from;
    while (j < end && tv.isAdverb(j) && !tv.inQuote(j)) {
      j++;
    }
    if (j >= end) {
      return Complement.NONE;
    }
    if (tv.inQuote(j) || CLAUSE_OPENERS.contains(tv.lower[j])) {
      return Complement.CLAUSE;
    }
    if (tv.lower[j].equals("to") && j + 1 < end && tv.pos[j + 1].equals("VB")) {
      return Complement.INFINITIVE;
    }
    if (tv.isPunctuation(j)) {
      return Complement.NONE;
    }
    if (finder.startsClause(j, end)) {
      return Complement.CLAUSE;
    }
    if (Phrases.nounPhraseAfter(tv, j, end) > j || tv.pos[j].equals("VBG") || opensQuotedObject(j, end) || isObjectHer(j, end)) {
      return Complement.OBJECT;
    }
    return Complement.NONE;
  }
}
