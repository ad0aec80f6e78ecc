package dev.dossier.nlp.quotes;

import java.util.Set;

/**
 * Finds the phrases around a cue on part-of-speech tags: the noun phrase that names a speaker
 * before or after it, and the words that may stand between a speaker and its cue ("also",
 * "has", "on Tuesday") or between a cue and what was said ("in a statement", "Monday"). A
 * shallow reading, tuned to the few shapes attributions take, and much cheaper than a parse.
 * Stateless.
 */
final class Phrases {

  /** The longest speaker phrase, in tokens: "the former senior Russian intelligence official in charge of ..." stops here. */
  static final int MAX_SPEAKER = 12;

  /** Prepositions that may join two nouns inside a speaker phrase ("head of the agency", "spokesman for the embassy"). */
  private static final Set<String> INNER_PREPOSITIONS = Set.of("of", "for", "at", "to");

  /** Prepositions before a quantifier that has no noun of its own ("officials in all three", "most of both"). */
  private static final Set<String> QUANTIFIED = Set.of("in", "of");

  /** Auxiliaries and negation between a speaker and its cue ("has said", "did not say", "would later tell"). */
  private static final Set<String> AUXILIARIES =
      Set.of("has", "have", "had", "did", "does", "do", "will", "would", "could", "might", "may", "can", "should", "must", "'s", "'d", "'ve",
          "not", "n't", "never", "is", "was", "are", "were", "be", "been", "being", "to", "going", "also");

  /** Quantifiers that float between a subject and its verb: "they both said". */
  private static final Set<String> FLOATING = Set.of("both", "all", "each");

  /** Time words that may stand between a speaker and its cue: "Pompeo on Tuesday said". */
  private static final Set<String> TIME_WORDS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "earlier", "later",
          "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "recently", "previously", "once", "again", "then",
          "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "sept",
          "jan", "feb", "aug", "oct", "nov", "dec");

  /** Prepositions that open an adverbial after a cue: "said in a statement", "told reporters on Monday". */
  private static final Set<String> ADVERBIAL_PREPOSITIONS = Set.of("in", "on", "at", "during", "after", "before", "via", "through", "from", "late", "early", "last", "this");

  /** Articles and demonstratives, which open a noun phrase and so end one before them. */
  private static final Set<String> ARTICLES = Set.of("the", "a", "an", "this", "these", "those");

  private Phrases() {}

  /**
   * The start of the noun phrase that ends just before {@code end}, reading back no further than
   * {@code floor}; {@code end} itself if there is none.
   */
  static int nounPhraseBefore(TokenView tv, int end, int floor) {
    int i = end;
    while (i > floor && end - i < MAX_SPEAKER) {
      int k = i - 1;
      if (tv.inQuote(k)) {
        break;
      }
      if (tv.isNounPhraseWord(k)) {
        i = k;
        continue;
      }
      // "head of the agency": a preposition between two parts of one phrase.
      if (INNER_PREPOSITIONS.contains(tv.lower[k]) && i < end && k > floor && (tv.isNoun(k - 1) || tv.pos[k - 1].equals("PRP$"))) {
        i = k;
        continue;
      }
      break;
    }
    // A phrase starts with a determiner, adjective, noun or pronoun, not a possessive ending.
    while (i < end && (tv.pos[i].equals("POS") || tv.word[i].equals("-") || INNER_PREPOSITIONS.contains(tv.lower[i]))) {
      i++;
    }
    if (i < end && !hasHead(tv, i, end) && isQuantifier(tv, i, end) && i - 2 >= floor && i - 2 >= end - MAX_SPEAKER && QUANTIFIED.contains(tv.lower[i - 1]) && tv.isNoun(i - 2) && !tv.inQuote(i - 2)) {
      // "officials in all three said": a quantifier with no noun of its own is the object of the noun before it.
      int start = nounPhraseBefore(tv, i - 1, floor);
      return start < i - 1 ? start : end;
    }
    return hasHead(tv, i, end) ? i : end;
  }

  /** True if the tokens {@code [from, to)} are determiners and numbers only: "all five", "both", "each". */
  private static boolean isQuantifier(TokenView tv, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!tv.pos[k].equals("DT") && !tv.pos[k].equals("CD")) {
        return false;
      }
    }
    return true;
  }

  /** The end of the noun phrase that starts at {@code from}, reading no further than {@code limit}; {@code from} if none. */
  static int nounPhraseAfter(TokenView tv, int from, int limit) {
    int i = from;
    while (i < limit && i - from < MAX_SPEAKER && !tv.inQuote(i)) {
      if (tv.pos[i].equals("-LRB-") && i > from) {
        int close = i + 1;
        while (close < limit && close < i + 8 && !tv.pos[close].equals("-RRB-")) {
          close++;
        }
        if (close < limit && tv.pos[close].equals("-RRB-")) {
          i = close + 1;
          continue;
        }
      }
      if (i > from && ARTICLES.contains(tv.lower[i]) && (tv.isNoun(i - 1) || tv.isPronoun(i - 1))) {
        // "said on Monday the government will …", "told them the administration had …": an article after a noun opens the next phrase.
        break;
      }
      if (tv.isNounPhraseWord(i) && !(tv.isPronoun(i) && i > from)) {
        i++;
        continue;
      }
      if (i > from && i + 1 < limit
          && (INNER_PREPOSITIONS.contains(tv.lower[i]) && tv.isNoun(i - 1) || tv.lower[i].equals("with") && tv.pos[i - 1].startsWith("JJ"))
          && (tv.isNounPhraseWord(i + 1) && !tv.isPronoun(i + 1))) {
        i++;
        continue;
      }
      break;
    }
    while (i > from && (tv.pos[i - 1].equals("POS") || tv.pos[i - 1].equals("DT") || tv.word[i - 1].equals("-") || tv.word[i - 1].equals("."))) {
      i--;
    }
    return hasHead(tv, from, i) ? i : from;
  }

  /**
   * True if the tokens hold a noun or pronoun to be the phrase's head, or end in a capitalized
   * adjective that nothing nominal follows: a name the tagger read as an adjective ("Devine said",
   * "said Devine,") or a determiner-like adjective opening a sentence ("Many fear").
   */
  static boolean hasHead(TokenView tv, int from, int to) {
    for (int i = from; i < to; i++) {
      if (tv.isNoun(i) || tv.isPronoun(i) || tv.pos[i].equals("CD") && to - from == 1) {
        return true;
      }
    }
    return to > from && isNominalAdjective(tv, to - 1);
  }

  /** A capitalized adjective followed by a verb or punctuation, not by the noun it would modify. */
  private static boolean isNominalAdjective(TokenView tv, int i) {
    if (!tv.pos[i].equals("JJ") || tv.inQuote(i) || !Character.isUpperCase(tv.word[i].charAt(0)) || i + 1 >= tv.size) {
      return false;
    }
    return tv.isFiniteVerb(i + 1) || tv.isComma(i + 1) || tv.word[i + 1].equals(".");
  }

  /** The index of the phrase's head: its last noun or pronoun before any inner preposition's object. */
  static int head(TokenView tv, int from, int to) {
    int head = -1;
    for (int i = from; i < to; i++) {
      if (INNER_PREPOSITIONS.contains(tv.lower[i]) && head >= 0) {
        break;
      }
      if (tv.isNoun(i) || tv.isPronoun(i)) {
        head = i;
      }
    }
    return head >= 0 ? head : to - 1;
  }

  /** Skips back over auxiliaries, adverbs and short time phrases that stand between a speaker and its cue. */
  static int skipBackToSpeaker(TokenView tv, int end, int floor) {
    int i = end;
    while (i > floor) {
      int k = i - 1;
      if (tv.inQuote(k)) {
        break;
      }
      if (AUXILIARIES.contains(tv.lower[k]) || tv.isAdverb(k) && !tv.lower[k].equals("not") || tv.pos[k].equals("MD")) {
        i = k;
        continue;
      }
      if (FLOATING.contains(tv.lower[k]) && k > floor && (tv.isNoun(k - 1) || tv.isPronoun(k - 1))) {
        // "Republican figures both suggested", "they all said".
        i = k;
        continue;
      }
      if (TIME_WORDS.contains(tv.lower[k])) {
        // "on Tuesday", "last week", "earlier this month", "Sept. 26"
        int j = k;
        while (j > floor && (TIME_WORDS.contains(tv.lower[j - 1]) || tv.pos[j - 1].equals("CD") || tv.lower[j - 1].equals("this")
            || tv.lower[j - 1].equals("last") || tv.lower[j - 1].equals("on") || tv.lower[j - 1].equals("in") || tv.lower[j - 1].equals("."))) {
          j--;
        }
        i = j;
        continue;
      }
      if (tv.pos[k].equals("CD") && k > floor && TIME_WORDS.contains(tv.lower[k - 1])) {
        i = k;
        continue;
      }
      break;
    }
    return i;
  }

  /**
   * Skips forward over adverbials that follow a cue: time words, "in a statement", "on Twitter",
   * "in an interview with X", commas. Stops at {@code limit}.
   */
  static int skipAdverbials(TokenView tv, int from, int limit) {
    int i = from;
    while (i < limit && !tv.inQuote(i)) {
      if (tv.isAdverb(i) && !tv.lower[i].equals("not") || TIME_WORDS.contains(tv.lower[i]) || tv.pos[i].equals("CD") && i > from && TIME_WORDS.contains(tv.lower[i - 1])) {
        i++;
        continue;
      }
      if (ADVERBIAL_PREPOSITIONS.contains(tv.lower[i]) && i + 1 < limit) {
        int end = nounPhraseAfter(tv, i + 1, limit);
        if (end > i + 1 && end - i <= 8) {
          i = end;
          // "in an interview with the BBC", "in a letter to Schumer"
          if (i + 1 < limit && (tv.lower[i].equals("with") || tv.lower[i].equals("to")) && nounPhraseAfter(tv, i + 1, limit) > i + 1) {
            i = nounPhraseAfter(tv, i + 1, limit);
          }
          continue;
        }
      }
      break;
    }
    return i;
  }

  /** True if the phrase [from, to) is a relative clause or appositive set off by commas: ", who served under Trump," or ", a doctor,". */
  static boolean isAside(TokenView tv, int from, int to) {
    if (from >= to) {
      return false;
    }
    String first = tv.lower[from];
    if (first.equals("who") || first.equals("which") || first.equals("whose") || first.equals("including")) {
      return true;
    }
    if (tv.pos[from].equals("VBN") || tv.pos[from].equals("VBG")) {
      // A participle clause: ", clad in a red cape,", ", speaking at a rally in Miami,".
      return to - from >= 2;
    }
    if (tv.pos[from].equals("DT") && from + 1 < to && tv.pos[from + 1].equals("JJ") && (from + 2 == to || tv.pos[from + 2].equals("IN"))) {
      // ", a regular at the embassy,", ", a Republican from Ohio,": an adjective the tagger read for the noun it stands for.
      return true;
    }
    return nounPhraseAfter(tv, from, to) > from && !tv.isPronoun(from);
  }

  /** Skips back over a parenthesis just before {@code end}: "Rep. Gwen Moore (D-Wis.) said". */
  static int skipParentheticalBack(TokenView tv, int end, int floor) {
    if (end - 1 <= floor || !tv.pos[end - 1].equals("-RRB-")) {
      return end;
    }
    for (int k = end - 2; k >= floor && k >= end - 8; k--) {
      if (tv.pos[k].equals("-LRB-")) {
        return k;
      }
    }
    return end;
  }

  /** Whether an auxiliary between speaker and cue makes the cue passive: "was told", "were asked". */
  static boolean isPassive(TokenView tv, int cue, int floor) {
    if (!tv.pos[cue].equals("VBN")) {
      return false;
    }
    for (int k = cue - 1; k >= floor && k >= cue - 3; k--) {
      String w = tv.lower[k];
      if (w.equals("was") || w.equals("were") || w.equals("is") || w.equals("are") || w.equals("be") || w.equals("been") || w.equals("being")) {
        return true;
      }
      if (!tv.isAdverb(k)) {
        break;
      }
    }
    return false;
  }
}
