package dev.dossier.nlp.quotes;

import dev.dossier.core.QuoteKind;
import dev.dossier.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds reported speech, sentence by sentence, from its cue: what a speaker said without
 * quotation marks, or with only a few quoted words.
 *
 * <pre>
 * Pompeo also said [he does not back away from hard issues].           content after the cue
 * [The decision was driven "in part" by concerns], CNN reported.      content before speaker and cue
 * According to the TV-channel, [the spy passed on information].        "according to", then content
 * [Agencies need waivers], according to a USA official.               content, then "according to"
 * CNN reported Monday, citing multiple officials.                     a second speaker for the same content
 * </pre>
 *
 * Verbs of thought and evidence count only with a clause after them ("believes that …").
 */
final class ReportedSpeech {

  /** Words that join a second clause, which may carry its own attribution: ", though she acknowledged …". */
  private static final Set<String> CONJUNCTIONS = Set.of("though", "although", "but", "while", "and", "as", "whereas", "yet");

  /** Words at the start of a sentence that are not part of what is reported. */
  private static final Set<String> CONNECTIVES = Set.of("but", "and", "so", "yet", "still", "however", "meanwhile", "also", "now", "or");

  /** Subordinators the tagger tags as prepositions that can open what was said. */
  private static final Set<String> CLAUSE_PREPOSITIONS = Set.of("that", "if", "whether", "because", "although", "though", "while");

  private final TokenView tv;
  private final AttributionFinder finder;
  private final CueReader cues;
  private final CueLexicon lexicon;

  ReportedSpeech(TokenView tv, AttributionFinder finder, CueLexicon lexicon) {
    this.tv = tv;
    this.finder = finder;
    this.cues = new CueReader(tv, finder);
    this.lexicon = lexicon;
  }

  List<Candidate> find(boolean[] usedCues) {
    List<Candidate> candidates = new ArrayList<>();
    for (int s = 0; s < tv.sentences.size(); s++) {
      int from = tv.sentenceStart(s);
      int to = Math.min(tv.sentenceEnd(s), tv.size);
      Candidate previousInSentence = null;
      for (int i = from; i < to; i++) {
        if (usedCues[i] || tv.inQuote(i)) {
          continue;
        }
        int cueEnd = finder.cueAt(i);
        if (cueEnd < 0 && tv.lower[i].equals("citing") && previousInSentence != null) {
          Candidate cited = cited(i, to, previousInSentence);
          if (cited != null) {
            candidates.add(cited);
          }
          continue;
        }
        Candidate candidate = null;
        if (cueEnd >= 0) {
          candidate = finder.isAccordingTo(i) ? accordingTo(i, cueEnd, from, to) : verb(i, cueEnd, from, to);
        }
        if (candidate == null && !finder.isAccordingTo(i)) {
          candidate = learned(i, from, to);
        }
        if (candidate != null) {
          for (int k = candidate.attribution.cueFrom(); k < candidate.attribution.cueTo(); k++) {
            usedCues[k] = true;
          }
          candidates.add(candidate);
          previousInSentence = candidate;
          i = Math.max(i, candidate.attribution.cueTo() - 1);
        }
      }
    }
    return candidates;
  }

  private Candidate verb(int cue, int cueEnd, int from, int to) {
    Attribution attribution = finder.subjectOf(cue, cueEnd, from, to);
    if (attribution == null) {
      // Inverted after the content: "…, said the official."
      if (cue - 1 > from + 2 && tv.isComma(cue - 1) && finder.kind(cue) == Cues.Kind.SPEECH) {
        int speakerTo = Phrases.nounPhraseAfter(tv, cueEnd, to);
        if (speakerTo > cueEnd && trailing(speakerTo, to)) {
          Attribution inverted = new Attribution(cueEnd, speakerTo, null, cue, cueEnd, -1, -1, speakerTo);
          return candidate(contentStart(from), cue - 1, inverted);
        }
      }
      return null;
    }
    int speakerFrom = attribution.speakerFrom();
    int contentBefore = endOfContentBefore(speakerFrom, from);
    if (contentBefore > 0 && finder.kind(cue) != Cues.Kind.THOUGHT) {
      if (trailing(attribution.end(), to)) {
        return candidate(contentStart(from), contentBefore, attribution);
      }
      int resumes = Phrases.skipAdverbials(tv, attribution.end(), to);
      if (resumes + 2 < to && tv.isComma(resumes) && !tv.inQuote(resumes + 1) && finder.kind(cue) == Cues.Kind.SPEECH) {
        // Content the attribution interrupts: "The museum, Mr. Bush said, celebrated his heroes."
        Candidate interrupted = candidate(contentStart(from), contentBefore, attribution);
        if (interrupted != null) {
          int end = contentEnd(resumes + 1, to);
          if (end - resumes > 2) {
            interrupted.parts.add(tv.span(resumes + 1, end));
          }
          return interrupted;
        }
      }
    }
    int k = attribution.end();
    while (k < to && (tv.isComma(k) || tv.word[k].equals(":"))) {
      k++;
    }
    Cues.Kind kind = finder.kind(cue);
    if (kind != Cues.Kind.SPEECH && !finder.startsClause(k, to)) {
      return null;
    }
    int end = contentEnd(k, to);
    if (k < to && tv.pos[k].equals("IN") && !CLAUSE_PREPOSITIONS.contains(tv.lower[k]) && !frontedAdverbial(k, to)) {
      // "responded by tearing into CNN": a preposition opens a circumstance, not what was said.
      return null;
    }
    if (end - k < 2 || tv.isVerb(k) && !tv.pos[k].equals("VBG") && kind == Cues.Kind.SPEECH && !tv.lower[k].equals("to")) {
      return null;
    }
    if (k > attribution.end() && tv.word[k - 1].equals(":") && reachesEnd(end, to)) {
      // "He said: The tax would …. It would …": what a colon opens runs to the paragraph's end.
      end = paragraphEnd(k, to);
    }
    return candidate(k, end, attribution);
  }

  /**
   * A cue of the learned lexicon with what follows it: "Clinton wants to make tuition free",
   * "Schiff called on Obama to retaliate", "Cruz has endorsed Trump". The content runs from the
   * complement to the end of the clause; the speaker is the verb's subject.
   */
  private Candidate learned(int cue, int from, int to) {
    if (!cues.isCandidate(cue) || !hasOwnSubject(cue, from) || isNegated(cue, from)) {
      return null;
    }
    int cueEnd = cues.cueEnd(cue);
    Complement complement = cues.complement(cueEnd);
    if (complement == Complement.NONE || !lexicon.accepts(cues.key(cue, cueEnd), complement)) {
      return null;
    }
    Attribution attribution = finder.subjectOf(cue, cueEnd, from, to);
    if (attribution == null) {
      return null;
    }
    int k = cueEnd;
    while (k < to && tv.isAdverb(k) && !tv.inQuote(k)) {
      k++;
    }
    if (k >= to || tv.inQuote(k)) {
      // A quotation after the cue is the direct quote's to attribute.
      return null;
    }
    Candidate candidate = candidate(k, contentEnd(k, to), attribution, complement == Complement.OBJECT ? 1 : 2);
    if (candidate != null) {
      candidate.stance = Cues.kind(tv.lemma[cue]) != Cues.Kind.SPEECH;
    }
    return candidate;
  }

  /**
   * Where content before a speaker ends: the comma before the speaker ("…, Graham said"), or the
   * closing mark of a quote that ends in a comma ("using the tax ''is a misguided approach,'' Mr.
   * Burman said"); -1 if the speaker does not follow content so.
   */
  private int endOfContentBefore(int speakerFrom, int from) {
    if (speakerFrom - 1 <= from + 2) {
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

  private boolean reachesEnd(int end, int to) {
    for (int k = end; k < to; k++) {
      if (!tv.isPunctuation(k) || tv.inQuote(k)) {
        return false;
      }
    }
    return true;
  }

  /** The end of the paragraph of token {@code k}, at least {@code to}, without final punctuation and quotes. */
  private int paragraphEnd(int k, int to) {
    int end = to;
    while (end < tv.size && tv.paragraph[end] == tv.paragraph[k] && !tv.inQuote(end)) {
      end++;
    }
    while (end > to && tv.isPunctuation(end - 1) && !tv.inQuote(end - 1)) {
      end--;
    }
    return end;
  }

  /**
   * True if "not" or "never" goes with the verb ("does not discuss", "never endorsed"): a quote has
   * no polarity, and "X endorsed Y" must not stand for "X did not endorse Y".
   */
  private boolean isNegated(int verb, int from) {
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

  /**
   * True if the verb has a subject of its own to be the speaker: a finite verb, a participle after
   * "have" ("has endorsed"), a base form after a modal or "do" ("will support"). Not a bare
   * participle ("a plan backed by the party"), not an infinitive ("asked Clinton to discuss"), not
   * a present participle, whose subject is that of another clause.
   */
  private boolean hasOwnSubject(int verb, int from) {
    String pos = tv.pos[verb];
    if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) {
      return true;
    }
    if (pos.equals("VBG")) {
      return true;
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

  private Candidate accordingTo(int cue, int cueEnd, int from, int to) {
    int speakerTo = Phrases.nounPhraseAfter(tv, cueEnd, to);
    if (speakerTo == cueEnd) {
      return null;
    }
    Attribution attribution = new Attribution(cueEnd, speakerTo, null, cue, cueEnd, -1, -1, speakerTo);
    if (cue - 1 > from + 2 && tv.isComma(cue - 1)) {
      return candidate(contentStart(from), cue - 1, attribution);
    }
    if (onlyConnectives(from, cue)) {
      int comma = speakerTo;
      while (comma < to && !tv.isComma(comma) && !tv.inQuote(comma)) {
        comma++;
      }
      if (comma + 1 < to && tv.isComma(comma)) {
        return candidate(comma + 1, contentEnd(comma + 1, to), attribution);
      }
    }
    return null;
  }

  /** "…, citing multiple Trump administration officials": the cited source, credited with the same content. */
  private Candidate cited(int citing, int to, Candidate source) {
    int speakerTo = Phrases.nounPhraseAfter(tv, citing + 1, to);
    if (speakerTo == citing + 1) {
      return null;
    }
    Attribution attribution = new Attribution(citing + 1, speakerTo, null, citing, citing + 1, -1, -1, speakerTo);
    Candidate cited = new Candidate(source.parts.getFirst(), QuoteKind.REPORTED, attribution, source.firstToken);
    for (int p = 1; p < source.parts.size(); p++) {
      cited.parts.add(source.parts.get(p));
    }
    return cited;
  }

  private Candidate candidate(int from, int to, Attribution attribution) {
    return candidate(from, to, attribution, 2);
  }

  private Candidate candidate(int from, int to, Attribution attribution, int minWords) {
    while (to > from && (tv.isComma(to - 1) || tv.word[to - 1].equals("--"))) {
      to--;
    }
    int words = 0;
    for (int k = from; k < to; k++) {
      if (!tv.isPunctuation(k)) {
        words++;
      }
    }
    if (words < minWords) {
      return null;
    }
    Span part = new Span(tv.start[from], tv.end[to - 1]);
    return new Candidate(part, QuoteKind.REPORTED, attribution, from);
  }

  /** True if only adverbials, a trailing citation and sentence punctuation follow. */
  private boolean trailing(int from, int to) {
    int k = Phrases.skipAdverbials(tv, from, to);
    if (k < to && tv.isComma(k) && k + 1 < to && (tv.lower[k + 1].equals("citing") || tv.lower[k + 1].equals("according"))) {
      return true;
    }
    while (k < to && tv.isPunctuation(k) && !tv.inQuote(k)) {
      k++;
    }
    return k >= to;
  }

  private int contentStart(int from) {
    int k = from;
    while (k < tv.size && (tv.isPunctuation(k) && !tv.inQuote(k) || CONNECTIVES.contains(tv.lower[k]))) {
      k++;
    }
    return k;
  }

  /** The end of reported content: the sentence's end, or an attribution or second attributed clause that follows. */
  private int contentEnd(int from, int to) {
    int end = to;
    for (int m = from; m + 1 < to; m++) {
      if (m > from + 1 && !tv.inQuote(m) && (tv.lower[m].equals("and") || tv.lower[m].equals("but")) && coordinatedVerb(m + 1, to)) {
        // "praised Rubio's positions and said …": a second verb phrase of the subject is not what the first verb reports.
        end = tv.isComma(m - 1) ? m - 1 : m;
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
      if (CONJUNCTIONS.contains(tv.lower[next]) && attributedClause(next + 1, to) || attributedClause(next, to)) {
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
   * True if a prepositional phrase and a comma open a clause at {@code from}: "says despite being
   * a Stanford alumna, she plans to root for Iowa".
   */
  private boolean frontedAdverbial(int from, int to) {
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

  /** True if a finite verb, after adverbs, stands at {@code from}: the second verb phrase of "… and said". */
  private boolean coordinatedVerb(int from, int to) {
    int k = from;
    while (k < to && tv.isAdverb(k)) {
      k++;
    }
    return k < to && !tv.inQuote(k) && (tv.pos[k].equals("VBD") || tv.pos[k].equals("VBZ") || tv.pos[k].equals("VBP"));
  }

  /** True if a speaker and a cue open the clause at {@code from}: "she acknowledged …". */
  private boolean attributedClause(int from, int to) {
    int speakerEnd = Phrases.nounPhraseAfter(tv, from, to);
    if (speakerEnd == from) {
      return false;
    }
    int k = Phrases.skipAdverbials(tv, speakerEnd, to);
    return k < to && finder.cueAt(k) > 0;
  }

  private boolean onlyConnectives(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!CONNECTIVES.contains(tv.lower[k]) && !tv.isPunctuation(k)) {
        return false;
      }
    }
    return true;
  }
}
