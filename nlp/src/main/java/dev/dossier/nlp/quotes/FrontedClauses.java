package dev.dossier.nlp.quotes;

import java.util.Set;

/**
 * Clauses fronted before a sentence's main clause, which change where a reported content begins or
 * ends: a subordinate clause that holds the cue ends its content at the comma that opens the main
 * clause ("As Clinton lamented …, the crowd …"), an "as" clause of attribution gives the main clause
 * as its content ("As X later stated to the FBI, Y said …"), and a prepositional phrase set off by a
 * comma may open the clause after a cue ("says despite …, she plans …"). Stateless apart from the
 * token view; not thread-safe.
 */
final class FrontedClauses {

  private final TokenView tv;
  private final AttributionFinder finder;
  private final ContentBounds bounds;

  FrontedClauses(TokenView tv, AttributionFinder finder, ContentBounds bounds) {
    this.tv = tv;
    this.finder = finder;
    this.bounds = bounds;
  }

  /** Subordinators that open a clause fronted before the main one: "While he did not name them, he made it clear …". */
  private static final Set<String> SUBORDINATORS = Set.of(
      "while", "although", "though", "as", "when", "whenever", "if", "after", "before", "because", "since", "whereas", "once", "until", "unless");

  /**
   * Where content read after a cue inside a fronted subordinate clause ends: at the comma that
   * closes that clause and opens the main one ("As Clinton lamented illegal immigration, the
   * crowd …": the main clause is the writer's, not more of what the cue reports). {@code to} if the
   * cue stands in the main clause, or the content does not follow it.
   */
  int endOfFrontedClause(int cue, int contentFrom, int to) {
    if (cue < 0 || cue >= tv.size || contentFrom <= cue || tv.sentence[cue] < 0) {
      return to;
    }
    int opener = bounds.contentStart(tv.sentenceStart(tv.sentence[cue]));
    if (opener >= cue || !SUBORDINATORS.contains(tv.lower[opener]) && !(tv.lower[opener].equals("even") && SUBORDINATORS.contains(tv.lower[opener + 1]))) {
      return to;
    }
    for (int k = opener + 1; k < cue; k++) {
      if (tv.isComma(k) && !tv.inQuote(k)) {
        // The subordinate clause closed before the cue: the cue is the main clause's.
        return to;
      }
    }
    for (int m = contentFrom + 1; m + 1 < to; m++) {
      if (tv.inQuote(m) && !tv.inQuote(m + 1) && bounds.quotedClauseEndsInComma(m) && Phrases.nounPhraseAfter(tv, m + 1, to) > m + 1) {
        // "After Trump stated that he hoped Russia would “find the emails,” Trump asked …": the comma inside the marks.
        return m + 1;
      }
      // The main clause opens with its subject, which may carry a relative clause ("other officials who were present have confirmed").
      if (tv.isComma(m) && !tv.inQuote(m) && !tv.inQuote(m + 1) && (finder.startsClause(m + 1, to) || Phrases.nounPhraseAfter(tv, m + 1, to) > m + 1)) {
        return m;
      }
    }
    return to;
  }

  /**
   * Where the content of an attribution in a fronted "as" clause begins: after the comma that ends
   * the clause ("As Papadopoulos later stated to the FBI, Mifsud said …": what was stated is the main
   * clause). -1 if the sentence does not open so, or anything but an addressee and adverbials follows
   * the cue before the comma: "As Trump and Cruz lamented illegal immigration, Clinton …" is a time.
   */
  int afterAsClause(Attribution attribution, int from, int to) {
    int opener = bounds.contentStart(from);
    if (opener >= attribution.speakerFrom() || !tv.lower[opener].equals("as")) {
      return -1;
    }
    int k = Phrases.skipAdverbials(tv, attribution.end(), to);
    if (k + 1 < to && tv.lower[k].equals("to") && Phrases.nounPhraseAfter(tv, k + 1, to) > k + 1) {
      // "stated to the FBI": to whom, not what.
      k = Phrases.skipAdverbials(tv, Phrases.nounPhraseAfter(tv, k + 1, to), to);
    }
    if (k + 1 < to && tv.isComma(k) && !tv.inQuote(k + 1) && Phrases.nounPhraseAfter(tv, k + 1, to) > k + 1) {
      return k + 1;
    }
    return -1;
  }

  /**
   * True if a prepositional phrase and a comma open a clause at {@code from}: "says despite being
   * a Stanford alumna, she plans to root for Iowa".
   */
  boolean frontedAdverbial(int from, int to) {
    for (int k = from + 1; k < to && k <= from + 12; k++) {
      if (tv.inQuote(k) || tv.isVerb(k) && !tv.pos[k].equals("VBG")) {
        return false;
      }
      if (tv.isComma(k)) {
        return finder.startsClause(k + 1, to);
      }
    }
    return false;
  }
}
