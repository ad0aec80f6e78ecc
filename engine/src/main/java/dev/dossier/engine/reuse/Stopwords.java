package dev.dossier.engine.reuse;

import java.util.Set;

/**
 * English function words, and the reporting verbs every news sentence has: words that say nothing
 * about which passage a sentence came from, and that no spinner replaces.
 */
final class Stopwords {

  private static final Set<String> WORDS =
      Set.of(
          "a", "about", "above", "after", "again", "against", "all", "almost", "along", "already", "also", "although", "am", "among", "an",
          "and", "another", "any", "are", "around", "as", "at", "be", "became", "because", "been", "before", "being", "below", "between",
          "both", "but", "by", "can", "could", "did", "do", "does", "doing", "done", "down", "during", "each", "either", "else", "even",
          "ever", "every", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
          "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "may", "me", "might", "more",
          "most", "much", "must", "my", "myself", "neither", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "onto",
          "or", "other", "others", "our", "ours", "ourselves", "out", "over", "own", "per", "same", "say", "said", "says", "shall", "she",
          "should", "since", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
          "these", "they", "this", "those", "though", "through", "thus", "to", "told", "too", "toward", "towards", "under", "until", "up",
          "upon", "us", "very", "via", "was", "we", "were", "what", "whatever", "when", "where", "whether", "which", "while", "who",
          "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you", "your", "yours", "yourself", "mr", "mrs",
          "ms", "according", "s", "t");

  private Stopwords() {}

  static boolean contains(String lowerCaseWord) {
    return WORDS.contains(lowerCaseWord);
  }
}
