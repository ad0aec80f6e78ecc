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

  ReportedSpeech(TokenView tv, AttributionFinder finder) {
    this.tv = tv;
    this.finder = finder;
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
        if (cueEnd < 0) {
          if (tv.lower[i].equals("citing") && previousInSentence != null) {
            Candidate cited = cited(i, to, previousInSentence);
            if (cited != null) {
              candidates.add(cited);
            }
          }
          continue;
        }
        Candidate candidate = finder.isAccordingTo(i) ? accordingTo(i, cueEnd, from, to) : verb(i, cueEnd, from, to);
        if (candidate != null) {
          for (int k = candidate.attribution.cueFrom(); k < candidate.attribution.cueTo(); k++) {
            usedCues[k] = true;
          }
          candidates.add(candidate);
          previousInSentence = candidate;
          i = Math.max(i, cueEnd - 1);
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
    if (speakerFrom - 1 > from + 2 && tv.isComma(speakerFrom - 1) && trailing(attribution.end(), to) && finder.kind(cue) != Cues.Kind.THOUGHT) {
      return candidate(contentStart(from), speakerFrom - 1, attribution);
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
    if (k < to && tv.pos[k].equals("IN") && !CLAUSE_PREPOSITIONS.contains(tv.lower[k])) {
      // "responded by tearing into CNN": a preposition opens a circumstance, not what was said.
      return null;
    }
    if (end - k < 2 || tv.isVerb(k) && !tv.pos[k].equals("VBG") && kind == Cues.Kind.SPEECH && !tv.lower[k].equals("to")) {
      return null;
    }
    return candidate(k, end, attribution);
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
    while (to > from && (tv.isComma(to - 1) || tv.word[to - 1].equals("--"))) {
      to--;
    }
    int words = 0;
    for (int k = from; k < to; k++) {
      if (!tv.isPunctuation(k)) {
        words++;
      }
    }
    if (words < 2) {
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
      if (!tv.isComma(m) && !tv.word[m].equals(";") || tv.inQuote(m)) {
        continue;
      }
      int next = m + 1;
      if (tv.lower[next].equals("citing") || tv.lower[next].equals("according") || tv.word[m].equals(";")) {
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
