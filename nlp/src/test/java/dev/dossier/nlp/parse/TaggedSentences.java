package dev.dossier.nlp.parse;

import dev.dossier.nlp.CoreNlp;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/** Texts' sentences as the events stage hands them to a parser: word, tag and 1-based index only. */
final class TaggedSentences {

  private TaggedSentences() {}

  static List<List<CoreLabel>> of(List<String> texts) {
    List<List<CoreLabel>> sentences = new ArrayList<>();
    for (String text : texts) {
      Annotation annotation = new Annotation(text);
      CoreNlp.tagger().annotate(annotation);
      for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
        List<CoreLabel> labels = new ArrayList<>();
        for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
          CoreLabel label = new CoreLabel();
          label.setWord(token.word());
          label.setValue(token.word());
          label.setTag(token.tag());
          label.setIndex(labels.size() + 1);
          labels.add(label);
        }
        sentences.add(labels);
      }
    }
    return sentences;
  }
}
