package dev.dossier.nlp.quotes;

import java.util.Set;

/**
 * Reads the attributions around a quote or a cue in one document's tokens: who (the speaker
 * phrase), by which cue, to whom. The shapes it knows are those of news copy:
 *
 * <pre>
 * "…," he said.                        speaker, cue after the quote
 * "…," said David Wasserman, an editor.  cue, then speaker (inverted)
 * "…," Hugh Hill, a doctor, said.       speaker with an appositive
 * Pompeo told the BBC: "…"              speaker, cue, addressee before the quote
 * according to a USA official, …        "according to" and its speaker
 * X on Tuesday also said that …         time words, auxiliaries and adverbs between the parts
 * … , saying …                          a participle, whose speaker is its clause's subject
 * </pre>
 *
 * The speaker read back from a cue is {@link CueSubjects}'s. Stateless apart from the token view;
 * not thread-safe.
 */
final class AttributionFinder {

  /** Words that open the clause after a verb of thought or evidence: "believes that", "asked whether". */
  private static final Set<String> CLAUSE_OPENERS = Set.of("that", "if", "whether", "how", "why", "what", "when", "where", "who", "which");

  /** How many tokens an attribution after a quote may take. */
  private static final int MAX_AFTER = 30;

  private final TokenView tv;
  private final CueSubjects subjects;

  AttributionFinder(TokenView tv) {
    this.tv = tv;
    this.subjects = new CueSubjects(tv, this);
  }

  /** See {@link CueSubjects#subjectOf}. */
  Attribution subjectOf(int cue, int cueEnd, int floor, int limit) {
    return subjects.subjectOf(cue, cueEnd, floor, limit);
  }

  /** See {@link CueSubjects#speakerBefore}. */
  Attribution speakerBefore(int verb, int floor) {
    return subjects.speakerBefore(verb, floor);
  }

  /** See {@link CueSubjects#infinitiveGovernor}. */
  int infinitiveGovernor(int verb, int floor) {
    return subjects.infinitiveGovernor(verb, floor);
  }

  /** See {@link CueSubjects#subjectOfInfinitive}. */
  Attribution subjectOfInfinitive(int governor, int cue, int cueEnd, int floor, int limit) {
    return subjects.subjectOfInfinitive(governor, cue, cueEnd, floor, limit);
  }

  /** The end of the cue starting at token {@code i} ("said", "pointed out", "according to"), or -1 if none starts there. */
  int cueAt(int i) {
    if (i >= tv.size || tv.inQuote(i)) {
      return -1;
    }
    if (tv.lower[i].equals("according") && i + 1 < tv.size && tv.lower[i + 1].equals("to")) {
      return i + 2;
    }
    if (!tv.isVerb(i) || tv.pos[i].equals("MD")) {
      return -1;
    }
    Cues.Kind kind = Cues.kind(tv.lemma[i]);
    if (kind == null) {
      return -1;
    }
    if (Cues.needsParticle(tv.lemma[i])) {
      return i + 1 < tv.size && Cues.isParticle(tv.lower[i + 1]) ? i + 2 : -1;
    }
    if (tv.lemma[i].equals("continue") && i + 1 < tv.size && !tv.isPunctuation(i + 1)) {
      return -1;
    }
    if (i > 0 && tv.pos[i].equals("VBN") && (tv.pos[i - 1].equals("POS") || tv.pos[i - 1].equals("DT") || tv.pos[i - 1].equals("PRP$"))) {
      // "Moscow's alleged interference", "the reported talks": a participle used as an adjective.
      return -1;
    }
    return i + 1;
  }

  boolean isDash(int i) {
    String w = tv.word[i];
    return w.equals("--") || w.equals("\u2014") || w.equals("\u2015") || w.equals("\u2013");
  }

  /**
   * The clause a partial quote stands in: its subject as speaker and its verb as cue ("Hillary
   * Clinton described him as “unhinged”"), for quoted words are the subject's words. Null if the
   * quote has no verb with a subject before it in its sentence.
   */
  Attribution clauseAround(int quote, int floor) {
    for (int verb = quote - 1; verb >= floor && verb >= quote - 25; verb--) {
      if (tv.inQuote(verb)) {
        continue;
      }
      if (tv.isVerb(verb) && !tv.pos[verb].equals("MD") && !tv.pos[verb].equals("VBG") && !tv.lemma[verb].equals("be")
          && !Phrases.isPassive(tv, verb, floor) && !subjects.isAuxiliary(verb)) {
        Attribution subject = subjects.speakerBefore(verb, floor);
        return subject == null ? null : subject.withEnd(verb + 1);
      }
    }
    return null;
  }

  boolean isAccordingTo(int cue) {
    return tv.lower[cue].equals("according");
  }

  Cues.Kind kind(int cue) {
    return isAccordingTo(cue) ? Cues.Kind.SPEECH : Cues.kind(tv.lemma[cue]);
  }

  /**
   * An attribution that follows a quote: from token {@code from} (after the closing mark) to no
   * further than {@code limit}. Null if the words there are no attribution.
   */
  Attribution after(int from, int limit) {
    int i = from;
    limit = Math.min(limit, from + MAX_AFTER);
    while (i < limit && tv.isComma(i)) {
      i++;
    }
    if (i < limit && isDash(i)) {
      // An epigraph or testimonial: "…" ― Pamela Padilla
      int speakerTo = Phrases.nounPhraseAfter(tv, i + 1, limit);
      return speakerTo > i + 1 && (speakerTo >= limit || tv.isPunctuation(speakerTo))
          ? new Attribution(i + 1, speakerTo, null, i, i + 1, -1, -1, speakerTo)
          : null;
    }
    if (i >= limit) {
      return null;
    }
    int cueEnd = cueAt(i);
    if (cueEnd > 0 && !isAccordingTo(i) && Cues.kind(tv.lemma[i]) == Cues.Kind.SPEECH) {
      // Inverted: "…," said David Wasserman, House editor for the Cook Political Report.
      int speakerFrom = Phrases.skipAdverbials(tv, cueEnd, limit);
      int speakerTo = Phrases.nounPhraseAfter(tv, speakerFrom, limit);
      if (speakerTo == speakerFrom) {
        return null;
      }
      int end = speakerTo;
      String aside = null;
      if (end + 1 < limit && tv.isComma(end) && Phrases.nounPhraseAfter(tv, end + 1, limit) > end + 1) {
        int asideEnd = clauseEnd(end + 1, limit);
        aside = tv.text(end + 1, asideEnd);
        end = asideEnd;
      }
      return new Attribution(speakerFrom, speakerTo, aside, i, cueEnd, -1, -1, Phrases.skipAdverbials(tv, end, limit));
    }
    if (cueEnd > 0 && isAccordingTo(i)) {
      int speakerTo = Phrases.nounPhraseAfter(tv, cueEnd, limit);
      return speakerTo == cueEnd ? null : new Attribution(cueEnd, speakerTo, null, i, cueEnd, -1, -1, clauseEnd(speakerTo, limit));
    }
    int speakerTo = Phrases.nounPhraseAfter(tv, i, limit);
    if (speakerTo == i) {
      return null;
    }
    int j = speakerTo;
    String aside = null;
    for (int asides = 0; asides < 3 && j < limit && tv.isComma(j); asides++) {
      int close = nextComma(j + 1, limit);
      if (close <= j + 1 || !Phrases.isAside(tv, j + 1, close)) {
        break;
      }
      aside = aside == null ? tv.text(j + 1, close) : aside + ", " + tv.text(j + 1, close);
      j = close + 1;
    }
    j = skipToCue(j, limit);
    cueEnd = j < limit ? cueAt(j) : -1;
    if (cueEnd < 0 || isAccordingTo(j) || Phrases.isPassive(tv, j, i)) {
      return null;
    }
    return subjects.complete(i, speakerTo, aside, j, cueEnd, limit);
  }

  /**
   * An attribution that ends just before a quote at token {@code to} (its opening mark), reading
   * back no further than {@code floor}: "Pompeo told the BBC:", "He said", "according to X,".
   * Null if none.
   */
  Attribution before(int to, int floor) {
    int i = to;
    while (i > floor && (tv.isComma(i - 1) || tv.word[i - 1].equals(":") || tv.lower[i - 1].equals("that") || tv.word[i - 1].equals("--"))) {
      i--;
    }
    // Between the cue and the quote: an addressee and adverbials ("told the BBC on Monday").
    for (int cue = i - 1; cue >= floor && cue >= i - 10; cue--) {
      if (tv.inQuote(cue)) {
        return null;
      }
      int cueEnd = cueAt(cue);
      if (cueEnd < 0) {
        continue;
      }
      if (isAccordingTo(cue)) {
        int speakerTo = Phrases.nounPhraseAfter(tv, cueEnd, i);
        return speakerTo > cueEnd ? new Attribution(cueEnd, speakerTo, null, cue, cueEnd, -1, -1, to) : null;
      }
      Attribution attribution = subjectOf(cue, cueEnd, floor, i);
      if (attribution == null || attribution.end() < i) {
        return null;
      }
      return attribution.withEnd(to);
    }
    return null;
  }

  /** Skips what may stand between a speaker phrase and a following cue: auxiliaries, adverbs, time words. */
  private int skipToCue(int from, int limit) {
    int j = from;
    while (j < limit && cueAt(j) < 0 && j - from < 6) {
      if (tv.isAdverb(j) || tv.pos[j].equals("MD") || Set.of("has", "have", "had", "did", "does", "do", "not", "n't", "also").contains(tv.lower[j])) {
        j++;
        continue;
      }
      int skipped = Phrases.skipAdverbials(tv, j, limit);
      if (skipped > j) {
        j = skipped;
        continue;
      }
      break;
    }
    return j;
  }

  /** True if what starts at {@code from} reads as a clause: "that …", "whether …", or a subject and a verb. */
  boolean startsClause(int from, int limit) {
    if (from >= limit) {
      return false;
    }
    if (CLAUSE_OPENERS.contains(tv.lower[from]) || tv.inQuote(from)) {
      return true;
    }
    int subjectEnd = Phrases.nounPhraseAfter(tv, from, limit);
    if (subjectEnd == from) {
      return false;
    }
    for (int k = subjectEnd; k < limit && k < subjectEnd + 4; k++) {
      if (tv.isVerb(k)) {
        return true;
      }
      if (!tv.isAdverb(k)) {
        return false;
      }
    }
    return false;
  }

  /** The end of a clause at the next comma, colon or sentence end. */
  int clauseEnd(int from, int limit) {
    int k = from;
    while (k < limit && !tv.isComma(k) && !tv.word[k].equals(".") && !tv.word[k].equals(":") && !tv.word[k].equals(";") && !tv.inQuote(k)) {
      k++;
    }
    return k;
  }

  private int nextComma(int from, int limit) {
    for (int k = from; k < limit && k < from + 20; k++) {
      if (tv.isComma(k)) {
        return k;
      }
      if (tv.inQuote(k) || tv.word[k].equals(".")) {
        return -1;
      }
    }
    return -1;
  }
}
