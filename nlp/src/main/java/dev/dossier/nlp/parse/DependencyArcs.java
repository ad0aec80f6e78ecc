package dev.dossier.nlp.parse;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One sentence's dependency parse as two arrays, the shape the stages read it in: each word's head
 * (an index into the sentence, -1 for the root) and its relation to it ("dep" where the parser gave
 * none). The arrays are the caller's to repair in place (the events stage re-attaches reduced
 * relatives).
 *
 * @param head each word's head, by index in the sentence; -1 for the root
 * @param rel each word's Universal Dependencies relation to its head
 */
public record DependencyArcs(int[] head, String[] rel) {

  /**
   * Parses one tagged sentence.
   *
   * @param parser the parser to use
   * @param words the sentence's words in order
   * @param tags their part-of-speech tags, as many as the words; a missing (null or empty) tag is read as "NN"
   * @throws IllegalArgumentException if there are not as many tags as words
   */
  public static DependencyArcs parse(SentenceParser parser, List<String> words, List<String> tags) {
    if (words.size() != tags.size()) {
      throw new IllegalArgumentException("sentence of " + words.size() + " words has " + tags.size() + " tags");
    }
    List<CoreLabel> labels = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      CoreLabel label = new CoreLabel();
      label.setWord(words.get(i));
      label.setValue(words.get(i));
      String tag = tags.get(i);
      label.setTag(tag == null || tag.isEmpty() ? "NN" : tag);
      label.setIndex(i + 1);
      labels.add(label);
    }
    int[] head = new int[words.size()];
    String[] rel = new String[words.size()];
    Arrays.fill(head, -1);
    Arrays.fill(rel, "dep");
    GrammaticalStructure structure = parser.predict(labels);
    for (TypedDependency dependency : structure.typedDependencies()) {
      int dependent = dependency.dep().index() - 1;
      if (dependent >= 0 && dependent < head.length) {
        head[dependent] = dependency.gov().index() - 1;
        rel[dependent] = dependency.reln().toString();
      }
    }
    return new DependencyArcs(head, rel);
  }
}
