package dev.dossier.nlp;

import dev.dossier.core.Doc;
import dev.dossier.core.Layers;
import dev.dossier.core.Sentence;
import dev.dossier.core.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds CoreNLP's token objects from Dossier's token layer, so each stage can call a CoreNLP
 * model without sharing CoreNLP state with the stage before it. Rebuilding costs far less than any
 * model run on the same tokens.
 */
final class CoreLabels {

  private CoreLabels() {}

  /** The sentence's tokens as CoreLabels with word, tag, lemma and character offsets. */
  static List<CoreLabel> of(Doc doc, Sentence sentence) {
    List<Token> tokens = doc.get(Layers.TOKENS);
    String text = doc.text();
    List<CoreLabel> labels = new ArrayList<>(sentence.tokenCount());
    for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
      Token token = tokens.get(i);
      CoreLabel label = new CoreLabel();
      label.setWord(token.word());
      label.setValue(token.word());
      label.setOriginalText(token.span().of(text));
      label.setTag(token.pos());
      label.setLemma(token.lemma());
      label.setBeginPosition(token.span().start());
      label.setEndPosition(token.span().end());
      label.setIndex(i - sentence.firstToken() + 1);
      labels.add(label);
    }
    return labels;
  }

  /** A CoreNLP sentence holding the given tokens, as SUTime expects one. */
  static CoreMap sentence(Doc doc, Sentence sentence, List<CoreLabel> labels) {
    CoreMap map = new ArrayCoreMap();
    map.set(CoreAnnotations.TokensAnnotation.class, labels);
    map.set(CoreAnnotations.TextAnnotation.class, sentence.span().of(doc.text()));
    map.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, sentence.span().start());
    map.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, sentence.span().end());
    map.set(CoreAnnotations.TokenBeginAnnotation.class, sentence.firstToken());
    map.set(CoreAnnotations.TokenEndAnnotation.class, sentence.endToken());
    return map;
  }
}
