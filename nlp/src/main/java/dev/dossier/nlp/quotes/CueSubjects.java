package dev.dossier.nlp.quotes;

import java.util.Set;

/**
 * Reads a cue's speaker back from the cue: the subject phrase before the verb, across
 * appositives ("Hugh Hill, a doctor, said"), parentheticals, comma-set adverbials and relative
 * pronouns ("voters who said"); the subject of the clause a participle hangs on ("…, saying"); the
 * subject an infinitive shares with its governing verb ("is struggling to demonstrate"); and the
 * subject a second, coordinated verb shares with the first ("praised X and said", "has been a
 * supporter and has pledged", "pulled the letter, showed it, and asked"); the subject of the main
 * clause after a participle clause that opens the sentence ("After thanking the crowd, Trump");
 * the subject of an absolute "with" participle ("with O’Malley calling"); the noun a participle
 * of saying modifies ("voters saying"). What stands set off by commas before the cue is read by
 * {@link SpeakerAsides}. Then the addressee and adverbials after the cue ({@link #complete}).
 * Stateless apart from the token view; not thread-safe.
 */
final class CueSubjects {

  /** Lemmas of the verbs that may stand as another verb's auxiliary. */
  private static final Set<String> HELPING_VERBS = Set.of("be", "have", "do");

  /** How many earlier verbs of a list a coordinated verb may read back over to its subject. */
  private static final int MAX_LIST = 3;

  /** The longest appositive or relative clause between a speaker and its cue, in tokens. */
  private static final int MAX_ASIDE = 40;

  private final TokenView tv;
  private final AttributionFinder finder;
  private final VerbGroups verbs;
  private final SpeakerAsides asides;

  CueSubjects(TokenView tv, AttributionFinder finder) {
    this.tv = tv;
    this.finder = finder;
    this.verbs = new VerbGroups(tv);
    this.asides = new SpeakerAsides(tv);
  }

  /** A finite verb, or a contracted one the tagger read as a possessive ("He’s claiming"). */
  private boolean isFinite(int i) {
    return tv.isFiniteVerb(i) || tv.pos[i].equals("POS") && i > 0 && tv.isPronoun(i - 1);
  }

  /** True if the token is a form of "have", "be" or "do" right before another verb: that verb's auxiliary. */
  boolean isAuxiliary(int verb) {
    return verb + 1 < tv.size && tv.isVerb(verb + 1) && HELPING_VERBS.contains(tv.lemma[verb]);
  }

  /**
   * The speaker of the cue at {@code cue}: the phrase before it, or for a participle ("…, saying")
   * the subject of the clause it hangs on. Null if there is none. The attribution's {@code end}
   * is where what was said may begin.
   */
  Attribution subjectOf(int cue, int cueEnd, int floor, int limit) {
    int absolute = verbs.absoluteSubject(cue, floor);
    if (absolute >= 0) {
      // "with O’Malley calling Trump a fascist": the participle's own subject, not the main clause's.
      return complete(absolute, cue, null, cue, cueEnd, limit);
    }
    if (tv.pos[cue].equals("VBG")) {
      Attribution modified = nounBeforeParticiple(cue, cueEnd, floor, limit);
      if (modified != null) {
        return modified;
      }
      if (cue - 1 > floor && (tv.lower[cue - 1].equals("and") || tv.lower[cue - 1].equals("or"))) {
        // "…, saying … and repeating …": the second participle has the first one's subject.
        for (int first = cue - 2; first > floor; first--) {
          if (tv.pos[first].equals("VBG") && !tv.inQuote(first) && finder.cueAt(first) > 0) {
            Attribution earlier = subjectOf(first, finder.cueAt(first), floor, limit);
            return earlier == null ? null : complete(earlier.speakerFrom(), earlier.speakerTo(), earlier.aside(), cue, cueEnd, limit);
          }
        }
      }
      int finite = cue - 1;
      while (finite >= floor && !(isFinite(finite) && !tv.inQuote(finite))) {
        // "…, saying … and repeating": a second participle shares the first one's subject.
        if (finite > floor && tv.pos[finite].equals("VBG") && tv.isComma(finite - 1) && finder.cueAt(finite) > 0) {
          finite -= 2;
          while (finite >= floor && !(isFinite(finite) && !tv.inQuote(finite))) {
            finite--;
          }
          break;
        }
        finite--;
      }
      if (finite < floor) {
        return subjectOfMainClauseAfter(cue, cueEnd, floor, limit);
      }
      // "an application that inflated his credentials, stating …": a participle hangs on the main clause, not on a "that" clause.
      int beforeFinite = Phrases.skipBackToSpeaker(tv, finite, floor) - 1;
      Attribution subject = beforeFinite >= floor && tv.lower[beforeFinite].equals("that") ? null : speakerBefore(finite, floor);
      for (int earlier = finite - 1, tries = 0; subject == null && earlier >= floor && tries < 2; earlier--) {
        // "submitted an application that inflated his credentials, stating …": the verb of a relative clause
        // has no subject phrase to read; the participle hangs on the main clause before it.
        if (isFinite(earlier) && !tv.inQuote(earlier)) {
          subject = speakerBefore(earlier, floor);
          tries++;
        }
      }
      return subject == null ? null : complete(subject.speakerFrom(), subject.speakerTo(), subject.aside(), cue, cueEnd, limit);
    }
    if (Phrases.isPassive(tv, cue, floor)) {
      return null;
    }
    Attribution subject = speakerBefore(cue, floor);
    if (subject == null && (tv.isFiniteVerb(cue) || afterAuxiliary(cue, floor))) {
      subject = coordinatedSubject(cue, floor, 0);
    }
    return subject == null ? null : complete(subject.speakerFrom(), subject.speakerTo(), subject.aside(), cue, cueEnd, limit);
  }

  /**
   * The speaker of a hand-written cue in "-ing" that modifies the noun before it: "voters saying
   * they want a ban", "911 calls saying shots have been fired", "Hispanics telling their family
   * stories": the noun phrase. Null for any other participle, and after a singular common noun,
   * mostly a document whose author the clause names ("The CIA released a statement saying …"). (Verbs of thought and evidence still
   * need a clause after them: "emails showing that officials knew".)
   */
  private Attribution nounBeforeParticiple(int cue, int cueEnd, int floor, int limit) {
    if (cue - 1 <= floor || !tv.isNoun(cue - 1) || tv.pos[cue - 1].equals("NN") || tv.inQuote(cue - 1) || Cues.kind(tv.lemma[cue]) == null
        || finder.isAccordingTo(cue)) {
      return null;
    }
    int start = Phrases.nounPhraseBefore(tv, cue, floor);
    return start < cue ? complete(start, cue, null, cue, cueEnd, limit) : null;
  }

  /**
   * The speaker of a participle that opens its sentence, alone or after a preposition ("After
   * thanking the crowd, Trump turned to …", "Conceding that the race was close, the senator
   * said …"): the subject of the main clause after the participle clause's comma. Null if the
   * participle does not open the sentence or no clause follows a comma.
   */
  private Attribution subjectOfMainClauseAfter(int cue, int cueEnd, int floor, int limit) {
    int opening = floor;
    while (opening < cue && (tv.pos[opening].equals("IN") || tv.isAdverb(opening) || tv.pos[opening].equals("CC")) && !tv.inQuote(opening)) {
      opening++;
    }
    if (opening != cue || cue - floor > 2) {
      return null;
    }
    for (int m = cueEnd; m + 1 < limit && m < cueEnd + MAX_ASIDE; m++) {
      if (tv.inQuote(m) || tv.word[m].equals(";") || tv.word[m].equals(":")) {
        return null;
      }
      if (tv.isComma(m) && finder.startsClause(m + 1, limit)) {
        int speakerTo = Phrases.nounPhraseAfter(tv, m + 1, limit);
        return speakerTo > m + 1 && !tv.lower[m + 1].equals("it") && !tv.lower[m + 1].equals("there")
            ? complete(m + 1, speakerTo, null, cue, cueEnd, limit)
            : null;
      }
    }
    return null;
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

  /** True if a modal or a form of "have", "be" or "do" stands before the verb: "and has pledged", "but would support". */
  private boolean afterAuxiliary(int verb, int floor) {
    int k = verb - 1;
    while (k > floor && tv.isAdverb(k)) {
      k--;
    }
    return k > floor && (tv.pos[k].equals("MD") || isHelpingVerb(k));
  }

  /** A form of "have", "be" or "do": before another verb, its auxiliary. */
  private boolean isHelpingVerb(int k) {
    return tv.isVerb(k) && HELPING_VERBS.contains(tv.lemma[k]);
  }

  /**
   * The subject a verb after "and" or "but" shares with the verb before it: "He praised Rubio's
   * positions and said …", "has been a supporter and has pledged …", and along a list of verbs
   * ("reversed themselves, rushed everyone inside and said …"), where each earlier verb after a
   * comma shares the subject of the one before it ({@code depth} counts the list's items read).
   * Null if no finite verb with a subject precedes it in the clause.
   */
  private Attribution coordinatedSubject(int verb, int floor, int depth) {
    int k = verb - 1;
    while (k > floor && (tv.isAdverb(k) || tv.pos[k].equals("MD") || isHelpingVerb(k))) {
      k--;
    }
    if (k > floor + 1 && tv.lower[k].equals("then") && tv.isComma(k - 1)) {
      // "offered the man a job, then says …"
      k--;
    }
    boolean listItem = depth > 0 && k > floor && tv.isComma(k) && !tv.inQuote(k);
    if (k <= floor || !(tv.lower[k].equals("and") || tv.lower[k].equals("but") || listItem || tv.isComma(k) && tv.lower[k + 1].equals("then"))) {
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
      if (isFinite(first) && !tv.pos[first].equals("MD")) {
        int start = first;
        while (start - 1 > floor && (tv.pos[start - 1].equals("MD") || isAuxiliary(start - 1) || tv.isAdverb(start - 1))) {
          start--;
        }
        Attribution subject = speakerBefore(start, floor);
        if (subject == null && depth < MAX_LIST) {
          // "they reversed themselves, rushed everyone inside and said": the earlier verb is itself an item of the list.
          subject = coordinatedSubject(start, floor, depth + 1);
        }
        return subject == null ? null : new Attribution(subject.speakerFrom(), subject.speakerTo(), subject.aside(), verb, verb + 1, -1, -1, verb + 1);
      }
    }
    return null;
  }

  /** The speaker phrase before the verb at {@code verb}, with an appositive set off by commas. */
  Attribution speakerBefore(int verb, int floor) {
    int k = Phrases.skipBackToSpeaker(tv, verb, floor);
    if (k - 1 >= floor && asides.isRelative(k - 1) && !tv.inQuote(k - 1)) {
      // "voters who said they …": the relative pronoun with the phrase it stands for.
      int end = k - 1 > floor && tv.isComma(k - 2) ? k - 2 : k - 1;
      int start = Phrases.nounPhraseBefore(tv, end, floor);
      return start < end
          ? new Attribution(start, end, null, verb, verb + 1, -1, -1, verb + 1)
          : new Attribution(k - 1, k, null, verb, verb + 1, -1, -1, verb + 1);
    }
    k = Phrases.skipParentheticalBack(tv, k, floor);
    k = asides.skipAdverbialBetweenCommas(k, floor);
    String aside = null;
    int phraseEnd = k;
    // "X, host of MSNBC’s “Morning Joe,” suggested": the comma that closes the aside stands inside a quoted title.
    int close = k - 1 > floor && (tv.isComma(k - 1) || finder.isDash(k - 1)) ? k - 1 : asides.closesQuotedTitle(k, floor) ? k - 2 : -1;
    if (close > floor) {
      // "Brian Baker, a longtime adviser to the family who oversees the campaign, said";
      // "Kall -- co-editor of a book on the debates -- said".
      boolean dash = finder.isDash(close);
      int open = -1;
      for (int j = close - 1; j > floor && j >= close - MAX_ASIDE; j--) {
        if (tv.inQuote(j)) {
          // "wearing a cowboy hat and “Ted Cruz” campaign pins,": a short quoted title belongs to the aside.
          int titleStart = asides.quotedTitleStart(j, floor);
          if (titleStart < 0) {
            break;
          }
          j = titleStart;
          continue;
        }
        if (tv.word[j].equals(".") || tv.word[j].equals(";")) {
          break;
        }
        if (dash ? finder.isDash(j) : tv.isComma(j)) {
          open = j;
          break;
        }
      }
      if (open < 0 || !Phrases.isAside(tv, open + 1, close) || asides.hasOwnVerb(open + 1, close)) {
        return null;
      }
      aside = close == k - 1 ? tv.text(open + 1, close) : tv.text(open + 1, close) + tv.word[k - 1];
      phraseEnd = open;
      if (!dash && open - 2 > floor && tv.pos[open - 1].equals("CD") && tv.isComma(open - 2) && !tv.inQuote(open - 2)) {
        // "Marley Anderson, 21, a junior from Las Vegas, said": an age before the appositive.
        phraseEnd = open - 2;
      }
    }
    phraseEnd = Phrases.skipParentheticalBack(tv, phraseEnd, floor);
    int start = Phrases.nounPhraseBefore(tv, phraseEnd, floor);
    if (start == phraseEnd) {
      return null;
    }
    return new Attribution(start, phraseEnd, aside, verb, verb + 1, -1, -1, verb + 1);
  }

  /**
   * Where an addressee that ends at {@code end} really ends: over a programme's quoted title after a
   * possessive ("told CBS’s “Face the Nation”") and over a second proper name joined by "and"
   * ("told The Washington Post and The New York Times").
   */
  private int addresseeEnd(int end, int limit) {
    if (end + 1 < limit && tv.pos[end].equals("POS") && tv.inQuote(end + 1)) {
      int region = tv.region[end + 1];
      int k = end + 1;
      while (k < limit && tv.region[k] == region && k - end <= 8) {
        k++;
      }
      if (k < limit && tv.region[k] != region && k - end <= 8) {
        return k;
      }
    }
    boolean name = end + 1 < limit && (tv.isProperNoun(end + 1) || tv.pos[end + 1].equals("DT") && end + 2 < limit && tv.isProperNoun(end + 2));
    if (name && tv.lower[end].equals("and") && tv.isProperNoun(end - 1)) {
      int second = Phrases.nounPhraseAfter(tv, end + 1, limit);
      if (second > end + 1) {
        return second;
      }
    }
    return end;
  }

  /** Adds the addressee and adverbials that follow the cue, and where the attribution ends. */
  Attribution complete(int speakerFrom, int speakerTo, String aside, int cue, int cueEnd, int limit) {
    int j = cueEnd;
    int addresseeFrom = -1;
    int addresseeTo = -1;
    if (Cues.isAddressed(tv.lemma[cue])) {
      int end = Phrases.nounPhraseAfter(tv, j, limit);
      if (end > j) {
        end = addresseeEnd(end, limit);
      }
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
}
