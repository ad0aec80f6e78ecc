package dev.dossier.nlp.parse;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.trees.GrammaticalStructure;
import java.util.List;

/**
 * A dependency parser of one tagged sentence at a time, returning CoreNLP's basic Universal
 * Dependencies structure, as {@code edu.stanford.nlp.parser.nndep.DependencyParser#predict} does.
 *
 * <p>Implementations are thread-safe: one instance serves every worker thread.
 */
public interface SentenceParser {

  /**
   * Parses one sentence.
   *
   * @param tokens the sentence's tokens in order, each with its word and part-of-speech tag set and
   *     its 1-based index in the sentence; not modified
   * @return a structure whose {@code typedDependencies()} give each token one governor (the
   *     artificial root, index 0, for exactly one token) and a relation
   * @throws IllegalArgumentException if a token has no part-of-speech tag
   */
  GrammaticalStructure predict(List<CoreLabel> tokens);
}
