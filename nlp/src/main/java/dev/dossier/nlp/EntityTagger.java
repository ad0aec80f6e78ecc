package dev.dossier.nlp;

import dev.dossier.core.EntityType;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/**
 * Labels tokens with entity types using CoreNLP's CoNLL 4-class CRF, then repairs what the CRF
 * gets wrong in a consistent way (see {@link MentionRepair}).
 *
 * <p>The CRF uses IO labels, so two adjacent names of the same type come out as one run; runs are
 * what {@link #label} returns per token. Thread-safe.
 */
public final class EntityTagger {

  /**
   * One entity type (or {@code null} for none) per token, for text already split into tokens: the
   * entry point for evaluation on gold tokenisation.
   */
  public List<EntityType> tag(List<String> words) {
    List<CoreLabel> labels = new ArrayList<>(words.size());
    int offset = 0;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      CoreLabel label = new CoreLabel();
      label.setWord(word);
      label.setValue(word);
      label.setOriginalText(word);
      label.setBeginPosition(offset);
      label.setEndPosition(offset + word.length());
      label.setIndex(i + 1);
      offset += word.length() + 1;
      labels.add(label);
    }
    return label(labels);
  }

  /** One entity type (or {@code null}) per token of a sentence. */
  List<EntityType> label(List<CoreLabel> sentence) {
    List<CoreLabel> answers = CoreNlp.entityClassifier().classifySentence(sentence);
    List<EntityType> types = new ArrayList<>(answers.size());
    for (CoreLabel answer : answers) {
      types.add(typeOf(answer.get(CoreAnnotations.AnswerAnnotation.class)));
    }
    MentionRepair.repair(sentence, types);
    return types;
  }

  private static EntityType typeOf(String answer) {
    if (answer == null) {
      return null;
    }
    return switch (answer) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "LOCATION" -> EntityType.LOCATION;
      case "MISC" -> EntityType.MISC;
      default -> null;
    };
  }
}
