package dev.dossier.nlp.quotes;

import java.util.Locale;
import java.util.Set;

/**
 * Where reported content begins and ends around a cue, read on the tokens of one sentence: the
 * connectives before content that leads ("But …"), a trailing attribution or citation after it
 * ("…, a source said", "…, citing officials"), a second clause with an attribution or a verb phrase
 * of its own ("…, though she acknowledged …", "… and said …"), a colon that opens sentences of
 * content, content the attribution interrupts, an adverbial set off between cue and clause
 * ("stated, however, that …"; clauses fronted before the main one are {@link FrontedClauses}), a relative pronoun as the subject of what was said ("which officials
 * said would cost …"), and a quotation that runs on past the sentence. Stateless apart from the
 * token view; not thread-safe.
 */
final class ContentBounds {

  /** Words that join a second clause, which may carry its own attribution: ", though she acknowledged …". */
  private static final Set<String> CONJUNCTIONS = Set.of("though", "although", "but", "while", "and", "as", "whereas", "yet");

  /** Words at the start of a sentence that are not part of what is reported. */
  private static final Set<String> CONNECTIVES = Set.of("but", "and", "so", "yet", "still", "however", "meanwhile", "also", "now", "or");

  /** Relative pronouns that can be the subject of the clause a speaker's words were: "the bill, which officials said would cost …". */
  private static final Set<String> RELATIVE_SUBJECTS = Set.of("which", "that", "who");

  private final TokenView tv;
  private final AttributionFinder finder;
  private final SecondClauses second;

  ContentBounds(TokenView tv, AttributionFinder finder) {
    this.tv = tv;
    this.finder = finder;
    this.second = new SecondClauses(tv, finder);
  }

  /**
   * Where content before a speaker ends: the comma before the speaker ("…, Graham said"), or the
   * closing mark of a quote that ends in a comma ("using the tax ''is a misguided approach,'' Mr.
   * Burman said"); -1 if the speaker does not follow content so.
   */
  int endOfContentBefore(int speakerFrom, int from) {
    if (speakerFrom - 1 <= from + 1) {
      return -1;
    }
    if (tv.isComma(speakerFrom - 1) && !tv.inQuote(speakerFrom - 1)) {
      return speakerFrom - 1;
    }
    int mark = speakerFrom - 1;
    if (tv.inQuote(mark) && tv.isQuoteMark(mark) && tv.regions.get(tv.region[mark]).inner().end() > 0
        && tv.text.charAt(tv.regions.get(tv.region[mark]).inner().end() - 1) == ',' && (mark + 1 >= tv.size || tv.region[mark + 1] != tv.region[mark])) {
      return speakerFrom;
    }
    return -1;
  }

  boolean reachesEnd(int end, int to) {
    for (int k = end; k < to; k++) {
      if (!tv.isPunctuation(k) || tv.inQuote(k)) {
        return false;
      }
    }
    return true;
  }

  /** The end of the paragraph of token {@code k}, at least {@code to}, without final punctuation and quotes. */
  int paragraphEnd(int k, int to) {
    int end = to;
    while (end < tv.size && tv.paragraph[end] == tv.paragraph[k] && !tv.inQuote(end)) {
      end++;
    }
    while (end > to && tv.isPunctuation(end - 1) && !tv.inQuote(end - 1)) {
      end--;
    }
    return end;
  }

  /** True if only adverbials, a trailing citation and sentence punctuation follow. */
  boolean trailing(int from, int to) {
    int k = Phrases.skipAdverbials(tv, from, to);
    if (k < to && tv.isComma(k) && k + 1 < to && (tv.lower[k + 1].equals("citing") || tv.lower[k + 1].equals("according"))) {
      return true;
    }
    while (k < to && tv.isPunctuation(k) && !tv.inQuote(k)) {
      k++;
    }
    return k >= to;
  }

  int contentStart(int from) {
    int k = from;
    while (k < tv.size && (tv.isPunctuation(k) && !tv.inQuote(k) || CONNECTIVES.contains(tv.lower[k]))) {
      k++;
    }
    return k;
  }

  /** The end of reported content: the sentence's end, or an attribution or second attributed clause that follows. */
  int contentEnd(int from, int to) {
    return contentEnd(from, to, Complement.CLAUSE);
  }

  /**
   * The end of reported content of the given shape: as {@link #contentEnd(int, int)}, and also
   * before what only comments on the content or says when it was said: a participle clause
   * (", encouraging his supporters to …"), and after a noun phrase or infinitive, a non-restrictive
   * relative clause (", which makes him an outlier") or a circumstance ("since the debate",
   * "during a debate", "because they felt").
   */
  int contentEnd(int from, int to, Complement shape) {
    int end = objectBeforeCircumstance(from, to, shape);
    boolean predicate = shape != Complement.CLAUSE;
    for (int m = from; m + 1 < to && m < end; m++) {
      if (!tv.inQuote(m) && m > from && tv.isFiniteVerb(m)) {
        predicate = true;
      }
      if (m > from && predicate && !tv.inQuote(m) && endsBefore(from, m, to, shape)) {
        end = m;
        break;
      }
      if (m > from && !tv.inQuote(m) && (tv.lower[m].equals("and") || tv.lower[m].equals("but"))
          && (second.coordinatedVerb(m + 1, to)
              || shape != Complement.CLAUSE && !second.clauseOpensBetween(from, m) && second.coordinatedClause(m + 1, to))) {
        // "praised Rubio's positions and said …": a second verb phrase of the subject is not what the first verb reports.
        end = tv.isComma(m - 1) ? m - 1 : m;
        break;
      }
      if (tv.inQuote(m) && !tv.inQuote(m + 1) && quotedClauseEndsInComma(m) && attributionToTheEnd(m + 1, to)) {
        // "… because “most people don’t know about that,” she said": the comma inside the marks ends the content.
        end = m + 1;
        break;
      }
      if (tv.word[m].equals(":") && !tv.inQuote(m) && (tv.lower[m + 1].equals("according") || tv.lower[m + 1].equals("citing"))) {
        // "said little: according to Cohen, …": the source the colon opens is another's.
        end = m;
        break;
      }
      if (!tv.isComma(m) && !tv.word[m].equals(";") || tv.inQuote(m)) {
        continue;
      }
      int next = m + 1;
      if (tv.lower[next].equals("citing") || tv.lower[next].equals("according") || tv.word[m].equals(";")
          || tv.pos[next].equals("VBG") && finder.cueAt(next) > 0 && Cues.kind(tv.lemma[next]) == Cues.Kind.SPEECH) {
        // ", adding that …", ", saying …": a cue of its own.
        end = m;
        break;
      }
      if (finder.cueAt(next) > 0 && Phrases.nounPhraseAfter(tv, next + 1, to) > next + 1 && trailing(Phrases.nounPhraseAfter(tv, next + 1, to), to)) {
        end = m;
        break;
      }
      if (CONJUNCTIONS.contains(tv.lower[next]) && second.attributedClause(next + 1, to) || second.attributedClause(next, to)) {
        end = m;
        break;
      }
      int speakerEnd = Phrases.nounPhraseAfter(tv, next, to);
      if (speakerEnd > next && speakerEnd < to && finder.cueAt(speakerEnd) > 0 && trailing(finder.cueAt(speakerEnd), to)) {
        end = m;
        break;
      }
    }
    while (end > from && (tv.word[end - 1].equals(".") || tv.word[end - 1].equals("!") || tv.word[end - 1].equals("?")) && !tv.inQuote(end - 1)) {
      end--;
    }
    return end;
  }

  /**
   * Where content read as a clause ends when it is an object after all: a noun phrase that no verb
   * follows, and a circumstance or occasion right after it ("criticized Sessions after he recused,
   * saying he was weak": what was criticized is "Sessions"), for a finite verb further on made the
   * content look like a clause. {@code to} otherwise.
   */
  private int objectBeforeCircumstance(int from, int to, Complement shape) {
    if (shape != Complement.CLAUSE || from >= to || tv.inQuote(from) || finder.startsClause(from, to)) {
      return to;
    }
    int np = Phrases.nounPhraseAfter(tv, from, to);
    if (np == from || np >= to || tv.inQuote(np)) {
      return to;
    }
    return CIRCUMSTANCES.contains(tv.lower[np]) || occasion(np, to) ? np : to;
  }

  /** True if token {@code m} closes a quotation whose words end in a comma: "…, “we will win,” she said". */
  boolean quotedClauseEndsInComma(int m) {
    int inner = tv.regions.get(tv.region[m]).inner().end();
    return inner > 0 && tv.text.charAt(inner - 1) == ',';
  }

  /** True if a speaker and a cue of speech run from {@code from} to the sentence's end: "she said." */
  private boolean attributionToTheEnd(int from, int to) {
    int speakerEnd = Phrases.nounPhraseAfter(tv, from, to);
    if (speakerEnd == from || speakerEnd >= to) {
      return false;
    }
    int cueEnd = finder.cueAt(speakerEnd);
    return cueEnd > 0 && Cues.kind(tv.lemma[speakerEnd]) == Cues.Kind.SPEECH && trailing(cueEnd, to);
  }

  /** Relative pronouns that open a non-restrictive clause on an object: ", which makes him an outlier". */
  private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose");

  /** Subordinators and prepositions that open a circumstance of the telling after an object: "since the debate". */
  private static final Set<String> CIRCUMSTANCES = Set.of("since", "during", "after", "before", "until", "amid", "despite", "because", "when", "while");

  /**
   * True if the content ends before token {@code m}, once its own predicate (or object) has been
   * read: at a participle clause after a comma, and after an object or infinitive, at a
   * non-restrictive relative clause, a circumstance, or a comma and a conjunction that open a
   * clause of their own (", but the legislature has not voted"), or the main verb after a comma-set
   * relative clause that holds the cue ("The senator, who backed the farm bill, spent …"). A relative
   * clause after a clause's content may still belong to it ("said the bill, which passed, would …") and is kept.
   */
  private boolean endsBefore(int from, int m, int to, Complement shape) {
    boolean object = shape != Complement.CLAUSE;
    if (tv.isComma(m) && m + 1 < to && !tv.inQuote(m + 1)) {
      int next = m + 1;
      if (tv.pos[next].equals("VBG") && !tv.lower[next].equals("including") || object && RELATIVES.contains(tv.lower[next])) {
        // "including" is a preposition that lists more of the content, whatever its tag.
        return true;
      }
    }
    if (object && tv.isComma(m) && m + 2 < to && CONJUNCTIONS.contains(tv.lower[m + 1]) && finder.startsClause(m + 2, to)) {
      // "endorsed the plan, but the legislature has not voted on it": a clause of its own, not more of the object.
      return true;
    }
    if (object && tv.isComma(m) && m + 1 < to && !tv.inQuote(m + 1) && tv.isFiniteVerb(m + 1) && insideRelativeClause(from) && !clauseWithin(from, m)) {
      // "The senator, who backed the farm bill, spent the week in Ohio": the comma closes the relative clause the
      // cue stands in, and the verb after it is the main clause's, not more of the object.
      return true;
    }
    if (object && tv.lower[m].equals("by") && m + 1 < to && tv.pos[m + 1].equals("VBG")) {
      // "criticized the House-passed budget by saying …": how the act was done, not more of its object.
      return true;
    }
    return object && (CIRCUMSTANCES.contains(tv.lower[m]) || occasion(m, to));
  }

  /**
   * True if the content at {@code from} stands in a relative clause set off by a comma: the nearest comma
   * before it in its sentence opens "who", "which", "whom" or "whose" (", who backed the farm bill").
   */
  private boolean insideRelativeClause(int from) {
    int start = tv.sentence[from] < 0 ? 0 : tv.sentenceStart(tv.sentence[from]);
    for (int k = from - 1; k > start; k--) {
      if (tv.isComma(k) && !tv.inQuote(k)) {
        return RELATIVES.contains(tv.lower[k + 1]);
      }
    }
    return false;
  }

  /**
   * True if a clause of its own opens in the tokens [from, to): a finite verb, "that" or a wh-word, after
   * which a comma and a finite verb may be that clause's verb resuming after an aside ("shows that the group,
   * an outside PAC, made …").
   */
  private boolean clauseWithin(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!tv.inQuote(k) && (tv.isFiniteVerb(k) || tv.lower[k].equals("that") || tv.pos[k].startsWith("W"))) {
        return true;
      }
    }
    return false;
  }

  /** Nouns of the occasion or medium of a telling or an act: "at a rally", "in interviews", "on social media". */
  private static final Set<String> OCCASIONS = Set.of(
      "rally", "speech", "interview", "debate", "statement", "show", "event", "conference", "meeting", "occasion", "hearing",
      "broadcast", "appearance", "address", "program", "programme", "podcast", "media", "television", "radio", "tweet", "post",
      "video", "briefing", "session", "forum", "column", "visit", "ceremony", "gathering");

  /** Prepositions that open where or how a telling took place: "at a rally", "in an interview", "on television". */
  private static final Set<String> OCCASION_PREPOSITIONS = Set.of("at", "in", "on", "during", "throughout", "via");

  /**
   * True if an adverbial of the occasion opens at {@code m}, after an object: a preposition and a
   * noun phrase whose head names an occasion or a medium ("thanked supporters at a rally", "shared
   * the news on social media", "mentions her granddaughter in speeches"). The object names what was
   * supported or said; where it was said is the telling's.
   */
  private boolean occasion(int m, int to) {
    if (!OCCASION_PREPOSITIONS.contains(tv.lower[m])) {
      return false;
    }
    int end = Phrases.nounPhraseAfter(tv, m + 1, to);
    if (end <= m + 1) {
      return false;
    }
    int head = Phrases.head(tv, m + 1, end);
    return OCCASIONS.contains(tv.lemma[head].toLowerCase(Locale.ROOT));
  }

  boolean onlyConnectives(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!CONNECTIVES.contains(tv.lower[k]) && !tv.isPunctuation(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Skips an adverbial set off by commas between a cue and its clause: "Gates stated, however,
   * that …", "said, in a statement, that …". Returns {@code k} if none stands there.
   */
  int skipCommaSetAdverbial(int k, int to) {
    if (k == 0 || !tv.isComma(k - 1) || k >= to || tv.inQuote(k) || !(tv.pos[k].equals("IN") || tv.isAdverb(k))) {
      return k;
    }
    for (int m = k + 1; m + 1 < to && m <= k + 6; m++) {
      if (tv.inQuote(m) || tv.isVerb(m)) {
        return k;
      }
      if (tv.isComma(m)) {
        return finder.startsClause(m + 1, to) ? m + 1 : k;
      }
    }
    return k;
  }

  /**
   * True if the verb at {@code k} has for its subject the relative pronoun before the speaker: in
   * "the bill, which officials said would cost $2 billion", what was said is "(which) would cost …".
   */
  boolean relativeSubject(Attribution attribution, int k) {
    int relative = attribution.speakerFrom() - 1;
    return relative >= 0 && !tv.inQuote(relative) && RELATIVE_SUBJECTS.contains(tv.lower[relative])
        && (tv.isFiniteVerb(k) || tv.pos[k].equals("MD"));
  }

  /**
   * Where content that stops inside a quotation really ends: at the quotation's close, in the same
   * paragraph ("said that the plan “will work. We have the votes.”"), for the quoted words go on
   * being the speaker's past the sentence that opened them.
   */
  int throughOpenQuote(int to) {
    if (to <= 0 || to >= tv.size || !tv.inQuote(to - 1) || tv.region[to] != tv.region[to - 1]) {
      return to;
    }
    int k = to;
    while (k < tv.size && tv.region[k] == tv.region[to - 1] && tv.paragraph[k] == tv.paragraph[to - 1]) {
      k++;
    }
    return k < tv.size && tv.region[k] == tv.region[to - 1] ? to : k;
  }
}
