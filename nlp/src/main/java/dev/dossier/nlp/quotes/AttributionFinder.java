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
 * Stateless apart from the token view; not thread-safe.
 */
final class AttributionFinder {

  /** Words that open the clause after a verb of thought or evidence: "believes that", "asked whether". */
  private static final Set<String> CLAUSE_OPENERS = Set.of("that", "if", "whether", "how", "why", "what", "when", "where", "who", "which");

  /** Relative pronouns that can be a cue's subject: "voters who said". */
  private static final Set<String> RELATIVES = Set.of("who", "which");

  /** The longest appositive or relative clause between a speaker and its cue, in tokens. */
  private static final int MAX_ASIDE = 40;

  /** How many tokens an attribution after a quote may take. */
  private static final int MAX_AFTER = 30;

  private final TokenView tv;

  AttributionFinder(TokenView tv) {
    this.tv = tv;
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

  /** A finite verb, or a contracted one the tagger read as a possessive ("He’s claiming"). */
  private boolean isFinite(int i) {
    return tv.isFiniteVerb(i) || tv.pos[i].equals("POS") && i > 0 && tv.isPronoun(i - 1);
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
          && !Phrases.isPassive(tv, verb, floor) && !isAuxiliary(verb)) {
        Attribution subject = speakerBefore(verb, floor);
        return subject == null ? null : subject.withEnd(verb + 1);
      }
    }
    return null;
  }

  private boolean isAuxiliary(int verb) {
    return verb + 1 < tv.size && tv.isVerb(verb + 1) && Set.of("be", "have", "do").contains(tv.lemma[verb]);
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
    return complete(i, speakerTo, aside, j, cueEnd, limit);
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

  /**
   * The speaker of the cue at {@code cue}: the phrase before it, or for a participle ("…, saying")
   * the subject of the clause it hangs on. Null if there is none. The attribution's {@code end}
   * is where what was said may begin.
   */
  Attribution subjectOf(int cue, int cueEnd, int floor, int limit) {
    if (tv.pos[cue].equals("VBG")) {
      if (cue - 1 > floor && (tv.lower[cue - 1].equals("and") || tv.lower[cue - 1].equals("or"))) {
        // "…, saying … and repeating …": the second participle has the first one's subject.
        for (int first = cue - 2; first > floor; first--) {
          if (tv.pos[first].equals("VBG") && !tv.inQuote(first) && cueAt(first) > 0) {
            Attribution earlier = subjectOf(first, cueAt(first), floor, limit);
            return earlier == null ? null : complete(earlier.speakerFrom(), earlier.speakerTo(), earlier.aside(), cue, cueEnd, limit);
          }
        }
      }
      int finite = cue - 1;
      while (finite >= floor && !(isFinite(finite) && !tv.inQuote(finite))) {
        // "…, saying … and repeating": a second participle shares the first one's subject.
        if (finite > floor && tv.pos[finite].equals("VBG") && tv.isComma(finite - 1) && cueAt(finite) > 0) {
          finite -= 2;
          while (finite >= floor && !(isFinite(finite) && !tv.inQuote(finite))) {
            finite--;
          }
          break;
        }
        finite--;
      }
      if (finite < floor) {
        return null;
      }
      Attribution subject = speakerBefore(finite, floor);
      return subject == null ? null : complete(subject.speakerFrom(), subject.speakerTo(), subject.aside(), cue, cueEnd, limit);
    }
    if (Phrases.isPassive(tv, cue, floor)) {
      return null;
    }
    Attribution subject = speakerBefore(cue, floor);
    if (subject == null && tv.isFiniteVerb(cue)) {
      subject = coordinatedSubject(cue, floor);
    }
    return subject == null ? null : complete(subject.speakerFrom(), subject.speakerTo(), subject.aside(), cue, cueEnd, limit);
  }

  /**
   * The verb or adjective that governs the infinitive whose verb is {@code verb} and shares its
   * subject: "is struggling to demonstrate", "continued to refute", "appeared more likely to
   * describe"; -1 if there is none, or if a noun or pronoun stands before "to" ("asked Clinton to
   * discuss": the object does the discussing).
   */
  int infinitiveGovernor(int verb, int floor) {
    if (!tv.pos[verb].equals("VB") || verb - 1 <= floor || !tv.lower[verb - 1].equals("to") || tv.inQuote(verb - 1)) {
      return -1;
    }
    int k = verb - 2;
    while (k > floor && (tv.isAdverb(k) || tv.pos[k].startsWith("JJ") && k > floor && !tv.isNoun(k - 1))) {
      k--;
    }
    return k >= floor && tv.isVerb(k) && !tv.pos[k].equals("MD") && !tv.inQuote(k) && !Phrases.isPassive(tv, k, floor) ? k : -1;
  }

  /** The attribution of the infinitive's cue at {@code cue}, whose speaker is the subject of its governing verb. */
  Attribution subjectOfInfinitive(int governor, int cue, int cueEnd, int floor, int limit) {
    Attribution subject = subjectOf(governor, governor + 1, floor, limit);
    return subject == null ? null : complete(subject.speakerFrom(), subject.speakerTo(), subject.aside(), cue, cueEnd, limit);
  }

  /**
   * The subject a verb after "and" or "but" shares with the verb before it: "He praised Rubio's
   * positions and said …". Null if no finite verb with a subject precedes it in the clause.
   */
  private Attribution coordinatedSubject(int verb, int floor) {
    int k = verb - 1;
    while (k > floor && tv.isAdverb(k)) {
      k--;
    }
    if (k > floor + 1 && tv.lower[k].equals("then") && tv.isComma(k - 1)) {
      // "offered the man a job, then says …"
      k--;
    }
    if (k <= floor || !(tv.lower[k].equals("and") || tv.lower[k].equals("but") || tv.isComma(k) && tv.lower[k + 1].equals("then"))) {
      return null;
    }
    for (int first = k - 1; first > floor && first >= k - 30; first--) {
      if (tv.word[first].equals(";") && !tv.inQuote(first)) {
        return null;
      }
      if (tv.inQuote(first)) {
        // "called the plans “an absolute disgrace,” and threatened …": quoted words are the first verb's object.
        continue;
      }
      if (tv.isFiniteVerb(first) && !tv.pos[first].equals("MD")) {
        int start = first;
        while (start - 1 > floor && (tv.pos[start - 1].equals("MD") || isAuxiliary(start - 1) || tv.isAdverb(start - 1))) {
          start--;
        }
        Attribution subject = speakerBefore(start, floor);
        return subject == null ? null : new Attribution(subject.speakerFrom(), subject.speakerTo(), subject.aside(), verb, verb + 1, -1, -1, verb + 1);
      }
    }
    return null;
  }

  /**
   * Skips a short prepositional phrase set off by commas before a verb: "Ted Cruz, by contrast,
   * wrote", "the agency, in a statement, said". Returns {@code end} if there is none.
   */
  private int skipAdverbialBetweenCommas(int end, int floor) {
    if (end - 1 <= floor || !tv.isComma(end - 1)) {
      return end;
    }
    for (int open = end - 2; open > floor && open >= end - 7; open--) {
      if (tv.inQuote(open)) {
        return end;
      }
      if (tv.isComma(open)) {
        return tv.pos[open + 1].equals("IN") && !RELATIVES.contains(tv.lower[open + 1]) && open + 1 < end - 1 ? open : end;
      }
    }
    return end;
  }

  /** The speaker phrase before the verb at {@code verb}, with an appositive set off by commas. */
  private Attribution speakerBefore(int verb, int floor) {
    int k = Phrases.skipBackToSpeaker(tv, verb, floor);
    if (k - 1 >= floor && RELATIVES.contains(tv.lower[k - 1]) && !tv.inQuote(k - 1)) {
      // "voters who said they …": the relative pronoun with the phrase it stands for.
      int end = k - 1 > floor && tv.isComma(k - 2) ? k - 2 : k - 1;
      int start = Phrases.nounPhraseBefore(tv, end, floor);
      return start < end
          ? new Attribution(start, end, null, verb, verb + 1, -1, -1, verb + 1)
          : new Attribution(k - 1, k, null, verb, verb + 1, -1, -1, verb + 1);
    }
    k = Phrases.skipParentheticalBack(tv, k, floor);
    k = skipAdverbialBetweenCommas(k, floor);
    String aside = null;
    int phraseEnd = k;
    if (k - 1 > floor && (tv.isComma(k - 1) || isDash(k - 1))) {
      // "Brian Baker, a longtime adviser to the family who oversees the campaign, said";
      // "Kall -- co-editor of a book on the debates -- said".
      boolean dash = isDash(k - 1);
      int open = -1;
      for (int j = k - 2; j > floor && j >= k - MAX_ASIDE; j--) {
        if (tv.inQuote(j) || tv.word[j].equals(".") || tv.word[j].equals(";")) {
          break;
        }
        if (dash ? isDash(j) : tv.isComma(j)) {
          open = j;
          break;
        }
      }
      if (open < 0 || !Phrases.isAside(tv, open + 1, k - 1)) {
        return null;
      }
      aside = tv.text(open + 1, k - 1);
      phraseEnd = open;
    }
    phraseEnd = Phrases.skipParentheticalBack(tv, phraseEnd, floor);
    int start = Phrases.nounPhraseBefore(tv, phraseEnd, floor);
    if (start == phraseEnd) {
      return null;
    }
    return new Attribution(start, phraseEnd, aside, verb, verb + 1, -1, -1, verb + 1);
  }

  /** Adds the addressee and adverbials that follow the cue, and where the attribution ends. */
  private Attribution complete(int speakerFrom, int speakerTo, String aside, int cue, int cueEnd, int limit) {
    int j = cueEnd;
    int addresseeFrom = -1;
    int addresseeTo = -1;
    if (Cues.isAddressed(tv.lemma[cue])) {
      int end = Phrases.nounPhraseAfter(tv, j, limit);
      if (end > j) {
        addresseeFrom = j;
        addresseeTo = end;
        j = end;
      }
    }
    int afterAdverbials = Phrases.skipAdverbials(tv, j, limit);
    if (addresseeFrom < 0) {
      // "said in an interview with the BBC": the outlet of an interview is its addressee.
      for (int k = j; k + 1 < afterAdverbials; k++) {
        if (tv.lower[k].equals("with") && k > 0 && (tv.lower[k - 1].equals("interview") || tv.lower[k - 1].equals("conversation"))) {
          addresseeFrom = k + 1;
          addresseeTo = Phrases.nounPhraseAfter(tv, k + 1, afterAdverbials);
          if (addresseeTo <= addresseeFrom) {
            addresseeFrom = -1;
            addresseeTo = -1;
          }
        }
      }
    }
    return new Attribution(speakerFrom, speakerTo, aside, cue, cueEnd, addresseeFrom, addresseeTo, afterAdverbials);
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
