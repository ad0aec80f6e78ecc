package dev.dossier.nlp.quotes;

import dev.dossier.core.Span;
import java.util.List;
import java.util.Set;

/**
 * Ends a reported content where the cue's complement ends, read on the sentence's dependency parse.
 * What the rules took for content after the cue can run on, past a comma or dash, into a clause of
 * its own that the parser attaches to the cue itself rather than to what was said: a coordinated
 * clause ("is backing Hillary Clinton, but he's not predicting she'll win") or an adverbial clause
 * ("avoided all mention of her challenger, even as both campaigned in California"). The content keeps
 * the subtree of the word that heads it and loses such a tail. Only clauses with a subject of their
 * own count: a coordinated verb phrase or infinitive without one ("and to remind them …") is as often
 * a second part of what was said, and a phrase the parser hangs on the cue without a comma ("sees
 * Cruz as a uniter", "shared the news on social media") is as often the content's own, so neither is
 * cut. Parses only the sentences that hold a content after its cue with a comma or dash followed by a
 * verb inside it (no tail can be cut elsewhere); not thread-safe.
 */
final class ContentTails {

  /** What sets a trailing clause off from the content before it. */
  private static final Set<String> SET_OFF = Set.of(",", "\u2014", "\u2013", "-", "--", ";");

  /** Relations of a clause to the cue that make it the writer's, beside what was said. */
  private static final Set<String> CLAUSES_OF_THE_CUE = Set.of("conj", "advcl");

  private final TokenView tv;
  private final SentenceParses parses;

  ContentTails(TokenView tv, SentenceParses parses) {
    this.tv = tv;
    this.parses = parses;
  }

  /** Cuts the trailing clauses off the reported contents that read after their cues; changes the candidates in place. */
  void trim(List<Candidate> candidates) {
    for (Candidate candidate : candidates) {
      int end = cutAt(candidate);
      if (end > 0) {
        candidate.parts.set(0, new Span(candidate.start(), end));
      }
    }
  }

  /** The new end (a character offset) of the candidate's content, or -1 to leave it. */
  private int cutAt(Candidate candidate) {
    SentenceParses.ContentAfterCue content = SentenceParses.ContentAfterCue.of(tv, candidate);
    if (content == null || content.last() == content.first() || !holdsSetOffClause(content.first(), content.last())) {
      return -1;
    }
    int first = content.first();
    int last = content.last();
    int sentence = content.sentence();
    int cueFrom = content.cueFrom();
    int cueTo = content.cueTo();
    int offset = tv.sentenceStart(sentence);
    SentenceParses.Parse parse = parses.of(sentence);
    int contentHead = parses.contentHead(sentence, first, last, cueFrom, cueTo);
    if (contentHead < 0) {
      return -1;
    }
    // The longest tail of words outside the head's subtree, with the punctuation before it.
    int cut = last + 1;
    while (cut - 1 > contentHead && (tv.isPunctuation(cut - 1) || !parse.dominates(contentHead - offset, cut - 1 - offset))) {
      cut--;
    }
    boolean words = false;
    for (int k = cut; k <= last; k++) {
      words |= !tv.isPunctuation(k);
    }
    if (!words || !SET_OFF.contains(tv.word[cut])) {
      return -1;
    }
    for (int k = cut; k <= last; k++) {
      int h = parse.head()[k - offset] + offset;
      boolean headsTail = !tv.isPunctuation(k) && (h < cut || h > last);
      if (headsTail && !(isCue(h, cueFrom, cueTo) && ownClause(parse, k - offset))) {
        return -1;
      }
    }
    int newLast = cut - 1;
    while (newLast > first && tv.isPunctuation(newLast) && !tv.isQuoteMark(newLast)) {
      newLast--;
    }
    if (tv.inQuote(cut) && tv.inQuote(newLast) && tv.region[cut] == tv.region[newLast]) {
      // Not inside quotation marks: what a speaker's quoted words hold is theirs.
      return -1;
    }
    return tv.end[newLast];
  }

  /**
   * Whether a comma or dash inside the content is followed by a verb: a clause with a subject of its own needs one,
   * and without it the parse, which costs more than the rest of the stage, is skipped. Any verb tag counts, not
   * only finite ones, because the tagger reads some finite verbs of such clauses as participles.
   */
  private boolean holdsSetOffClause(int first, int last) {
    boolean setOff = false;
    for (int k = first + 1; k <= last; k++) {
      if (setOff && (tv.pos[k].startsWith("VB") || tv.pos[k].equals("MD"))) {
        return true;
      }
      setOff |= k < last && SET_OFF.contains(tv.word[k]);
    }
    return false;
  }

  /** A clause of the cue's with a subject of its own: ", but he's not predicting …". */
  private static boolean ownClause(SentenceParses.Parse parse, int word) {
    return CLAUSES_OF_THE_CUE.contains(parse.rel()[word]) && parse.hasSubject(word);
  }

  private static boolean isCue(int token, int cueFrom, int cueTo) {
    return token >= cueFrom && token < cueTo;
  }
}
