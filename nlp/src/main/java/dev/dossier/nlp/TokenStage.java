package dev.dossier.nlp;

import dev.dossier.core.Doc;
import dev.dossier.core.Layer;
import dev.dossier.core.Layers;
import dev.dossier.core.Sentence;
import dev.dossier.core.Span;
import dev.dossier.core.Stage;
import dev.dossier.core.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits the cleaned text into sentences and tokens, with part-of-speech tags and lemmas, using
 * CoreNLP's tokenizer, sentence splitter and left-3-words tagger.
 *
 * <p>Reads nothing but the text; writes {@link Layers#TOKENS} and {@link Layers#SENTENCES}.
 * Thread-safe.
 */
public final class TokenStage implements Stage {

  @Override
  public String name() {
    return "tokens";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public Set<Layer<?>> reads() {
    return Set.of();
  }

  @Override
  public Set<Layer<?>> writes() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES);
  }

  @Override
  public Doc process(Doc doc) {
    Annotation annotation = new Annotation(doc.text());
    CoreNlp.tagger().annotate(annotation);
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      int first = tokens.size();
      for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        Span span = new Span(label.beginPosition(), label.endPosition());
        tokens.add(new Token(span, label.word(), label.tag(), label.lemma()));
      }
      if (tokens.size() > first) {
        Span span = new Span(tokens.get(first).span().start(), tokens.get(tokens.size() - 1).span().end());
        sentences.add(new Sentence(span, first, tokens.size()));
      }
    }
    return doc.with(Layers.TOKENS, tokens, producer()).with(Layers.SENTENCES, sentences, producer());
  }
}
