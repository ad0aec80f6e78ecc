package dev.dossier.eval.events;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The rule by which a predicted actor matches a gold one on PLOVER records, where gold actors are
 * phrases: the two share a content word (letters and digits, case and dots folded, so "U.S." is
 * "us"; articles, prepositions and "'s" are not content words). "A Russian official" matches
 * "Russian official"; "Israel" does not match "Israeli troops". Stateless.
 */
final class ActorMatch {

  private static final Set<String> FUNCTION_WORDS =
      Set.of("the", "a", "an", "of", "in", "on", "at", "by", "for", "to", "with", "and", "or", "s", "its", "their", "his", "her", "from", "new", "former");

  private ActorMatch() {}

  static boolean matches(String gold, String predicted) {
    if (gold == null || predicted == null) {
      return gold == null && predicted == null;
    }
    Set<String> words = words(gold);
    for (String word : words(predicted)) {
      if (words.contains(word)) {
        return true;
      }
    }
    return false;
  }

  static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    for (String word : text.toLowerCase(Locale.ROOT).replace(".", "").split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty() && !FUNCTION_WORDS.contains(word)) {
        words.add(word);
      }
    }
    return words;
  }
}
