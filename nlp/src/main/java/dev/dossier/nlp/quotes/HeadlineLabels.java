package dev.dossier.nlp.quotes;

import java.util.Locale;
import java.util.function.BiPredicate;

/**
 * The label of a headline that {@link TranscriptTurns}' plain "Name:" reading does not take:
 * headlines name their source in more shapes than a transcript names its speaker. A tag may stand
 * before the name ("EXCLUSIVE – Jane Doe: …"), the name may be a common noun ("Magazine: …",
 * "Analysts: …", "Times editorial: …"), carry a title in capitals ("NY Sen Doe: …") or a
 * possessive ("Friday's Briefing: …"), and the addressee or topic may follow it after a
 * preposition ("Doe to Union Leaders: …", "Doe on Senate Passing The Budget: …"). What the label
 * does not cover: a phrase opening with a determiner, a preposition or a verb ("The Roundup: …",
 * "On Taxes, …: …", "Sponsored Content: …"), two names joined by "and" (a topic: "Doe and Roe:
 * …"), a verb before the colon ("Jane Doe Backs John Roe: …", read as a cue of its own), a label
 * all in capitals ("UPDATE:"), and an adjective opening a noun that is no one's name ("Good Week
 * For Doe: …").
 */
final class HeadlineLabels {

  /** The longest name before the colon or the preposition, in tokens. */
  private static final int MAX_NAME = 4;
  /** The longest addressee or topic after the preposition, in tokens. */
  private static final int MAX_TOPIC = 8;

  private final TokenView tv;
  /** True if the tokens {@code [from, to)} are, or end with, a person's or organisation's name. */
  private final BiPredicate<Integer, Integer> isName;

  HeadlineLabels(TokenView tv, BiPredicate<Integer, Integer> isName) {
    this.tv = tv;
    this.isName = isName;
  }

  /**
   * The headline's label as {@code {nameFrom, nameTo, colon}}: the source's name and the colon
   * after the label, or {@code null} if the headline opens with no label of these shapes.
   */
  int[] find() {
    if (tv.size == 0) {
      return null;
    }
    int from = 0;
    // A shouted tag and a dash before the name: "EXCLUSIVE – Jane Doe:".
    if (tv.size > 2 && isShouted(0) && isDash(1)) {
      from = 2;
    }
    int k = from;
    while (k < tv.size && k - from < MAX_NAME && inHeadline(k) && isNameWord(k, from)) {
      k++;
    }
    int nameTo = k;
    if (nameTo == from || !inHeadline(k)) {
      return null;
    }
    if (!tv.word[k].equals(":")) {
      // "Doe to Union Leaders:": the addressee or topic after a preposition, no verb of its own.
      if (!(tv.pos[k].equals("IN") || tv.pos[k].equals("TO")) || k + 1 >= tv.size) {
        return null;
      }
      int topic = k + 1;
      k = topic;
      while (k < tv.size && k - topic < MAX_TOPIC && inHeadline(k) && !tv.word[k].equals(":")) {
        if (tv.isFiniteVerb(k) || tv.isQuoteMark(k) || tv.isPunctuation(k) && !isDash(k) || tv.pos[k].equals("CC")) {
          return null;
        }
        k++;
      }
      if (k == topic || k >= tv.size || !inHeadline(k) || !tv.word[k].equals(":")) {
        return null;
      }
    }
    if (!isSource(from, nameTo)) {
      return null;
    }
    return new int[] {from, nameTo, k};
  }

  /**
   * True if the name {@code [from, to)} can be a source: not all in capitals ("UPDATE",
   * "BREAKING"), holding a proper noun or a single noun ("Magazine"), and, if it opens with an
   * adjective, ending with a person's or organisation's name ("Former AG Doe", not "Good Week").
   */
  private boolean isSource(int from, int to) {
    boolean lower = false;
    boolean proper = false;
    for (int k = from; k < to; k++) {
      String word = tv.word[k];
      lower |= word.chars().anyMatch(Character::isLowerCase);
      proper |= tv.isProperNoun(k) && !isShouted(k) || tv.isProperNoun(k) && to - from > 1;
    }
    if (!lower) {
      return false;
    }
    if (tv.pos[from].startsWith("JJ")) {
      return isName.test(from, to);
    }
    return proper || to - from == 1 && tv.isNoun(from);
  }

  /**
   * A word of the name: a capitalised noun (an adjective or a capitalised title first: "Former",
   * "NY"), a lower-case noun after the first word ("camp", "editorial"), a possessive or a hyphen.
   */
  private boolean isNameWord(int k, int from) {
    String word = tv.word[k];
    if (word.isEmpty() || tv.inQuote(k) && !tv.isQuoteMark(k)) {
      return false;
    }
    if (k == from) {
      return Character.isUpperCase(word.charAt(0)) && (tv.isNoun(k) || tv.pos[k].startsWith("JJ") || isShouted(k));
    }
    return tv.isNoun(k) && Character.isLetter(word.charAt(0)) || tv.pos[k].equals("POS") && k + 1 < tv.size && tv.isNoun(k + 1)
        || tv.pos[k].equals("HYPH") && k + 1 < tv.size && tv.isNoun(k + 1);
  }

  private boolean isShouted(int k) {
    String word = tv.word[k];
    return word.length() > 1 && word.chars().allMatch(Character::isLetter) && word.equals(word.toUpperCase(Locale.ROOT));
  }

  private boolean isDash(int k) {
    return tv.word[k].equals("–") || tv.word[k].equals("—") || tv.word[k].equals("-") || tv.word[k].equals("--");
  }

  private boolean inHeadline(int k) {
    return tv.paragraph[k] == tv.paragraph[0];
  }
}
