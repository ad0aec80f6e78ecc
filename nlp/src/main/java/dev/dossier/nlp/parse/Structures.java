package dev.dossier.nlp.parse;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds CoreNLP's {@link GrammaticalStructure} from a parse's arcs the way the end of
 * {@code nndep.DependencyParser.predict} does for its English Universal Dependencies models (whose
 * legacy model files name no language, so CoreNLP takes {@code UniversalEnglish}): a root word
 * "ROOT" at index 0, one {@link TypedDependency} per word in order, the relation taken from
 * {@link UniversalEnglishGrammaticalRelations#shortNameToGRel} when it is known there, and
 * {@link GrammaticalRelation#ROOT} for the root's dependent.
 */
final class Structures {

  private Structures() {}

  /**
   * @param tokens the sentence's tokens (not modified)
   * @param heads each token's head, 1-based, 0 for the root
   * @param labels each token's relation label
   */
  static GrammaticalStructure of(List<CoreLabel> tokens, int[] heads, String[] labels) {
    IndexedWord root = new IndexedWord(new Word("ROOT"));
    root.set(CoreAnnotations.IndexAnnotation.class, 0);
    List<TypedDependency> dependencies = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      int head = heads[i];
      IndexedWord word = new IndexedWord(tokens.get(i));
      IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
      GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT : relation(labels[i]);
      dependencies.add(new TypedDependency(relation, governor, word));
    }
    return new UniversalEnglishGrammaticalStructure(dependencies, new TreeGraphNode(root));
  }

  private static GrammaticalRelation relation(String label) {
    GrammaticalRelation known = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
    return known != null ? known : new GrammaticalRelation(Language.UniversalEnglish, label, null, GrammaticalRelation.DEPENDENT);
  }
}
