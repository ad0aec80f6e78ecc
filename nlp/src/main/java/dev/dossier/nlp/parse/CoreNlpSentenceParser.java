package dev.dossier.nlp.parse;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import java.util.List;

/**
 * CoreNLP's own {@link DependencyParser} behind {@link SentenceParser}: the reference that
 * {@link ChenManningParser} is measured against, and the parser Dossier runs with
 * {@code -Ddossier.parser=corenlp}. Thread-safe as CoreNLP's parser is (its cache is synchronised).
 */
public final class CoreNlpSentenceParser implements SentenceParser {

  private final DependencyParser parser;

  public CoreNlpSentenceParser(DependencyParser parser) {
    this.parser = parser;
  }

  @Override
  public GrammaticalStructure predict(List<CoreLabel> tokens) {
    return parser.predict(tokens);
  }
}
