package dev.dossier.nlp.quotes;

import dev.dossier.core.Doc;
import dev.dossier.core.Layers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads each verb of a document as a possible attribution cue: its key in the {@link CueLexicon}
 * (the lemma, with the preposition that follows it: "call for") and the {@link Complement} that
 * follows. The quote stage and the lexicon's derivation ({@code dossier eval cues}) share this
 * reading, so the counts learned on annotated news apply to exactly what the stage sees.
 *
 * <p>Auxiliaries ("has said"), modals, forms of "be" and verbs inside quotation marks are no
 * cues. Stateless apart from the token view; not thread-safe.
 */
public final class CueReader {

  /** Words that open a clause after a verb: "believes that", "asked whether". */
  private static final Set<String> CLAUSE_OPENERS = Set.of("that", "if", "whether", "how", "why", "what", "when", "where", "who", "which");

  private final TokenView tv;
  private final AttributionFinder finder;

  CueReader(TokenView tv, AttributionFinder finder) {
    this.tv = tv;
    this.finder = finder;
  }

  /**
   * Every verb of the document that could be a cue, in text order. Reads the token and sentence
   * layers only.
   *
   * @throws IllegalStateException if the document has no token or sentence layer
   */
  public static List<CueOccurrence> occurrences(Doc doc) {
    TokenView tv = new TokenView(doc, QuoteMarks.find(doc.text()));
    CueReader reader = new CueReader(tv, new AttributionFinder(tv));
    List<CueOccurrence> found = new ArrayList<>();
    for (int i = 0; i < tv.size; i++) {
      if (!reader.isCandidate(i)) {
        continue;
      }
      int cueEnd = reader.cueEnd(i);
      found.add(new CueOccurrence(reader.key(i, cueEnd), reader.complement(cueEnd), tv.span(i, i + 1), tv.span(i, cueEnd)));
    }
    return found;
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

  /** The cue's key in the lexicon: "say", "call for". */
  String key(int i, int cueEnd) {
    return cueEnd > i + 1 ? tv.lemma[i] + " " + tv.lower[i + 1] : tv.lemma[i];
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
    if (Phrases.nounPhraseAfter(tv, j, end) > j || tv.pos[j].equals("VBG")) {
      return Complement.OBJECT;
    }
    return Complement.NONE;
  }
}
