package dev.dossier.nlp.quotes;

import java.util.Set;

/**
 * Reads what may stand set off by commas between a speaker phrase and its cue: an adverbial
 * ("Ted Cruz, by contrast, wrote"), an appositive or relative clause ("Brian Baker, a longtime
 * adviser, said") with no clause of its own, and a short quoted title inside an appositive ("X,
 * host of MSNBC’s “Morning Joe,” suggested"). {@link CueSubjects} reads the speaker around them.
 * Stateless apart from the token view; not thread-safe.
 */
final class SpeakerAsides {

  /** Relative pronouns that can be a cue's subject: "voters who said". */
  private static final Set<String> RELATIVES = Set.of("who", "which");

  /** The longest adverbial set off by commas between a speaker and its cue, in tokens. */
  private static final int MAX_ADVERBIAL = 15;

  /** The longest quoted title an appositive may hold, marks included, in tokens. */
  private static final int MAX_TITLE = 8;

  private final TokenView tv;

  SpeakerAsides(TokenView tv) {
    this.tv = tv;
  }

  /**
   * Skips a short prepositional phrase set off by commas before a verb: "Ted Cruz, by contrast,
   * wrote", "the agency, in a statement, said". Returns {@code end} if there is none.
   */
  int skipAdverbialBetweenCommas(int end, int floor) {
    if (end - 1 <= floor || !tv.isComma(end - 1)) {
      return end;
    }
    for (int open = end - 2; open > floor && open >= end - MAX_ADVERBIAL; open--) {
      if (tv.inQuote(open) || tv.word[open].equals(".")) {
        return end;
      }
      if (tv.isComma(open)) {
        // "Bannon, however, told", "Liedtke, in a letter mailed today to Pennzoil shareholders, said".
        boolean adverbial = tv.pos[open + 1].equals("IN") && !RELATIVES.contains(tv.lower[open + 1]) && open + 1 < end - 1
            || tv.isAdverb(open + 1) && (open + 2 == end - 1 || tv.pos[open + 2].equals("IN") || onlyAdverbs(open + 1, end - 1));
        return adverbial ? open : end;
      }
    }
    return end;
  }

  /**
   * True if a finite verb stands in {@code [from, to)} before any relative pronoun: the words are a
   * clause of their own ("…, the President pulled the letter from his pocket, showed it …"), not an
   * appositive ("a longtime adviser who oversees the campaign").
   */
  boolean hasOwnVerb(int from, int to) {
    for (int k = from; k < to; k++) {
      if (isRelative(k) || tv.lower[k].equals("whose") || tv.lower[k].equals("that")) {
        return false;
      }
      if (tv.isFiniteVerb(k) && !tv.inQuote(k)) {
        return true;
      }
    }
    return false;
  }

  /** A relative pronoun: "who", "which", or "that" where the tagger reads it as one ("a group that advocates"). */
  boolean isRelative(int k) {
    return RELATIVES.contains(tv.lower[k]) || tv.lower[k].equals("that") && tv.pos[k].equals("WDT");
  }

  /** True if {@code [from, to)} holds at most three words, all adverbs: "he, once again, pledged". */
  boolean onlyAdverbs(int from, int to) {
    if (to - from > 3) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!tv.isAdverb(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True if the tokens before {@code k} close a short quoted title on a comma inside its marks:
   * "host of MSNBC’s “Morning Joe,”".
   */
  boolean closesQuotedTitle(int k, int floor) {
    return k - 3 > floor && tv.inQuote(k - 1) && tv.isQuoteMark(k - 1) && tv.inQuote(k - 2) && tv.isComma(k - 2)
        && tv.region[k - 2] == tv.region[k - 1] && quotedTitleStart(k - 1, floor) > floor;
  }

  /**
   * The first token of the quoted region that holds token {@code j}, if it is a short title with
   * words outside quotation marks before it; -1 otherwise (a quotation, not a title).
   */
  int quotedTitleStart(int j, int floor) {
    int start = j;
    while (start - 1 > floor && tv.region[start - 1] == tv.region[j] && j - start < MAX_TITLE) {
      start--;
    }
    int end = j;
    while (end + 1 < tv.size && tv.region[end + 1] == tv.region[j] && end - start < MAX_TITLE) {
      end++;
    }
    boolean whole = start - 1 >= floor && tv.region[start - 1] != tv.region[j] && end + 1 < tv.size && tv.region[end + 1] != tv.region[j];
    return whole && end - start < MAX_TITLE && !tv.inQuote(start - 1) ? start : -1;
  }
}
