package dev.dossier.nlp.quotes;

import dev.dossier.core.QuoteKind;
import java.util.Set;

/**
 * Cues of {@link ReportedSpeech} with no subject before them: "according to" with its source
 * after it ("According to the TV-channel, …", "…, according to a USA official", "That's according
 * to a new poll"), a second source cited for a content already read ("CNN reported Monday, citing
 * multiple officials"), and a question put by an unnamed asker ("Asked whether he would run, Trump
 * laughed"). The contents are trimmed and ended by the reader's own {@link
 * StancePredicates.Contents}. Stateless apart from the token view; not thread-safe.
 */
final class SubjectlessCues {

  private final TokenView tv;
  private final AttributionFinder finder;
  private final ContentBounds bounds;
  private final StancePredicates.Contents contents;

  SubjectlessCues(TokenView tv, AttributionFinder finder, ContentBounds bounds, StancePredicates.Contents contents) {
    this.tv = tv;
    this.finder = finder;
    this.bounds = bounds;
    this.contents = contents;
  }

  /** Forms of "be" that make "asked" passive: "Trump was asked about the wall". */
  private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "is", "are", "be", "been", "being");

  /** Words after "asked" that open the question put: "asked whether", "asked about". */
  private static final Set<String> QUESTION_OPENERS = Set.of("whether", "if", "about", "what", "why", "how", "who", "when", "where", "which");

  /**
   * A question put to someone by an unnamed asker, the reporter or an interviewer: "Asked whether
   * she would run, Clinton said …", "Trump was asked about the wall". The question is reported
   * speech with no speaker; whom it was put to is its addressee.
   */
  Candidate question(int cue, int from, int to) {
    if (!tv.lemma[cue].equals("ask") || !tv.pos[cue].equals("VBN") || cue + 1 >= to || tv.inQuote(cue + 1)) {
      return null;
    }
    boolean passive = Phrases.isPassive(tv, cue, from);
    int k = cue + 1;
    if (!QUESTION_OPENERS.contains(tv.lower[k]) && !(passive && Phrases.nounPhraseAfter(tv, k, to) > k)) {
      return null;
    }
    if (tv.lower[k].equals("about")) {
      k++;
    }
    int addresseeFrom = -1;
    int addresseeTo = -1;
    int end;
    if (passive) {
      int aux = cue - 1;
      while (aux > from && !PASSIVE_AUXILIARIES.contains(tv.lower[aux])) {
        aux--;
      }
      int subjectFrom = Phrases.nounPhraseBefore(tv, Phrases.skipBackToSpeaker(tv, aux, from), from);
      if (subjectFrom < aux) {
        addresseeFrom = subjectFrom;
        addresseeTo = Phrases.skipBackToSpeaker(tv, aux, from);
      }
      end = bounds.contentEnd(k, to, Complement.OBJECT);
    } else {
      // "Asked whether she would run, Clinton said": the question ends where the answering clause begins.
      end = to;
      for (int m = k + 1; m + 1 < to; m++) {
        if (tv.isComma(m) && !tv.inQuote(m) && finder.startsClause(m + 1, to)) {
          end = m;
          break;
        }
      }
    }
    Attribution attribution = new Attribution(cue, cue, null, cue, cue + 1, addresseeFrom, addresseeTo, cue + 1);
    return contents.make(k, end, attribution, 2);
  }

  /** True if the token is a form of "be", or a contracted "’s", which the tagger may read as a possessive ("That’s"). */
  private boolean isBe(int k) {
    return tv.lemma[k].equals("be") || tv.lower[k].equals("\u2019s") || tv.lower[k].equals("'s");
  }

  /** Pronouns that stand for what was said before them: "That's according to the poll". */
  private static final Set<String> DEMONSTRATIVES = Set.of("that", "this");

  /** "According to X, …", "…, according to X", "That's according to X": the source after the cue. */
  Candidate accordingTo(int cue, int cueEnd, int from, int to) {
    int speakerTo = sourceAfter(cueEnd, to);
    if (speakerTo == cueEnd) {
      return null;
    }
    for (int k = cue - 1; k > from; k--) {
      // "The invitation said little: according to Cohen, …": a colon opens the sentence the source is for.
      if (tv.word[k].equals(":") && !tv.inQuote(k)) {
        from = k + 1;
        break;
      }
    }
    Attribution attribution = new Attribution(cueEnd, speakerTo, null, cue, cueEnd, -1, -1, speakerTo);
    if (cue - 1 > from + 2 && tv.isComma(cue - 1)) {
      return contents.make(bounds.contentStart(from), cue - 1, attribution, 2);
    }
    int demonstrative = bounds.contentStart(from);
    if (demonstrative + 2 == cue && DEMONSTRATIVES.contains(tv.lower[demonstrative]) && isBe(demonstrative + 1)) {
      // "That's according to a new poll": the demonstrative stands for what the sentences before reported.
      return contents.make(demonstrative, demonstrative + 1, attribution, 1);
    }
    if (bounds.onlyConnectives(from, cue)) {
      int comma = speakerTo;
      while (comma < to && !tv.isComma(comma) && !tv.inQuote(comma)) {
        comma++;
      }
      if (comma + 1 < to && tv.isComma(comma)) {
        return contents.make(comma + 1, bounds.contentEnd(comma + 1, to), attribution, 2);
      }
    }
    return null;
  }

  /**
   * The end of the source after "according to": a noun phrase, also when adjectives compared or
   * joined stand before its noun ("the most recent reports", "complete but unofficial reports"),
   * which the phrase reader does not cross; {@code from} if none.
   */
  private int sourceAfter(int from, int to) {
    int end = Phrases.nounPhraseAfter(tv, from, to);
    if (end > from) {
      return end;
    }
    int k = from;
    if (k < to && tv.pos[k].equals("DT")) {
      k++;
    }
    boolean modified = false;
    while (k + 1 < to && !tv.inQuote(k)) {
      if ((tv.pos[k].equals("RBS") || tv.pos[k].equals("RBR")) && tv.pos[k + 1].startsWith("JJ")) {
        k++;
      } else if (tv.pos[k].equals("CC") && modified && tv.pos[k + 1].startsWith("JJ")) {
        k++;
      } else if (tv.pos[k].startsWith("JJ")) {
        k++;
        modified = true;
      } else {
        break;
      }
    }
    if (!modified || k >= to || !tv.isNoun(k)) {
      return from;
    }
    end = Phrases.nounPhraseAfter(tv, k, to);
    return end > k ? end : from;
  }

  /** "…, citing multiple Trump administration officials": the cited source, credited with the same content. */
  Candidate cited(int citing, int to, Candidate source) {
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
}
