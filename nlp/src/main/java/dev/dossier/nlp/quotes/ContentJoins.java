package dev.dossier.nlp.quotes;

import dev.dossier.core.Span;
import java.util.List;
import java.util.Set;

/**
 * Carries a reported content on over "and" and a second verb when the dependency parse makes that
 * verb a conjunct of a word inside the content rather than of the cue. The token rules end a
 * content before "and" and a finite verb, taking it for a second verb phrase of the speaker ("praised
 * Rubio's positions and said …"); when the verb shares the content's subject instead ("says he is
 * proud of his campaign and expects to …"), what follows is more of what was said. The content then
 * runs to the end of that verb's subtree, as long as everything up to there hangs inside the
 * content's own subtree. Only a conjunct of the content's head itself counts, in the same tense: one
 * of a word deeper in the content ("refused to speak … as she left and watched …") or after a comma
 * was as often the writer's on training articles, and a verb in another tense is another clause's
 * whatever the parse says ("denies that it was … and goes …"). A conjunct that holds another
 * reading's cue or content is left to that reading. Parses only the sentences where a content after
 * its cue is followed by "and" or "but" and a verb; not thread-safe.
 */
final class ContentJoins {

  /** The conjunctions after which a second verb may still be the speaker's: "… and expects to …". */
  private static final Set<String> CONJUNCTIONS = Set.of("and", "but");

  private final TokenView tv;
  private final SentenceParses parses;

  ContentJoins(TokenView tv, SentenceParses parses) {
    this.tv = tv;
    this.parses = parses;
  }

  /** Carries the contents on where the parse joins what follows to them; changes the candidates in place. */
  void join(List<Candidate> candidates) {
    for (Candidate candidate : candidates) {
      int end = joinedEnd(candidate, candidates);
      if (end > candidate.end()) {
        candidate.parts.set(0, new Span(candidate.start(), end));
      }
    }
  }

  /**
   * The tense a verb is marked for, by its first auxiliary or copula or by itself: "past", "present", "modal", or
   * "" for none. Two verb phrases of one subject agree in it ("was tired … and wanted"); where they do not, the
   * second is another clause's, whatever the parse attached it to ("should be removed and asked …": the one who
   * said it asked).
   */
  private String tense(SentenceParses.Parse parse, int word, int offset) {
    int marked = word;
    for (int k = offset; k < word; k++) {
      String rel = parse.rel()[k - offset];
      if (parse.head()[k - offset] + offset == word && (rel.startsWith("aux") || rel.equals("cop"))) {
        marked = k;
        break;
      }
    }
    return switch (tv.pos[marked]) {
      case "VBD" -> "past";
      case "VBZ", "VBP" -> "present";
      case "MD" -> "modal";
      default -> "";
    };
  }

  /** The new end (a character offset) of the candidate's content, or -1 to leave it. */
  private int joinedEnd(Candidate candidate, List<Candidate> candidates) {
    SentenceParses.ContentAfterCue content = SentenceParses.ContentAfterCue.of(tv, candidate);
    if (content == null) {
      return -1;
    }
    int first = content.first();
    int last = content.last();
    int sentence = content.sentence();
    int cueFrom = content.cueFrom();
    int cueTo = content.cueTo();
    int sentenceEnd = Math.min(tv.sentenceEnd(sentence), tv.size);
    int conjunction = last + 1;
    int verb = conjunction + 1;
    while (verb < sentenceEnd && tv.isAdverb(verb)) {
      verb++;
    }
    if (verb >= sentenceEnd || tv.inQuote(conjunction) || !CONJUNCTIONS.contains(tv.lower[conjunction])
        || !(tv.pos[verb].startsWith("VB") || tv.pos[verb].equals("MD"))) {
      return -1;
    }
    int offset = tv.sentenceStart(sentence);
    SentenceParses.Parse parse = parses.of(sentence);
    int contentHead = parses.contentHead(sentence, first, last, cueFrom, cueTo);
    if (contentHead < 0) {
      return -1;
    }
    // The second conjunct: the word "and" hangs on, a conj of the content's head itself (not of the cue, nor of a word deeper in).
    int second = parse.head()[conjunction - offset] + offset;
    if (second <= conjunction || second >= sentenceEnd || !parse.rel()[second - offset].equals("conj")
        || parse.head()[second - offset] + offset != contentHead || !tense(parse, contentHead, offset).equals(tense(parse, second, offset))) {
      return -1;
    }
    int newLast = second;
    for (int k = second + 1; k < sentenceEnd; k++) {
      if (parse.dominates(second - offset, k - offset)) {
        newLast = k;
      }
    }
    for (int k = last + 1; k <= newLast; k++) {
      if (!parse.dominates(contentHead - offset, k - offset)) {
        return -1;
      }
    }
    while (newLast > second && tv.isPunctuation(newLast) && !tv.isQuoteMark(newLast)) {
      newLast--;
    }
    if (tv.inQuote(newLast) && newLast + 1 < tv.size && tv.region[newLast + 1] == tv.region[newLast]) {
      // The quotation goes on past the subtree: ending inside it would split the speaker's words.
      return -1;
    }
    int newEnd = tv.end[newLast];
    for (Candidate other : candidates) {
      if (other != candidate && other.start() < newEnd && other.end() > candidate.end()) {
        // Another reading holds what follows: its own cue's content.
        return -1;
      }
      if (other != candidate && other.attribution != null && other.attribution.cueFrom() > last && other.attribution.cueFrom() <= newLast) {
        return -1;
      }
    }
    return newEnd;
  }
}
