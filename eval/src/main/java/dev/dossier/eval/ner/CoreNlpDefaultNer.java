package dev.dossier.eval.ner;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.eval.conll.ConllDocument;
import dev.dossier.eval.conll.ConllSentence;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The baseline: CoreNLP's default English pipeline, {@code tokenize,ssplit,pos,lemma,ner} with
 * default properties except that it is held to the gold tokenisation ({@code
 * tokenize.whitespace=true}, {@code ssplit.eolonly=true}, one sentence per line). Its fine-grained
 * tags are mapped to CoNLL types by {@link #MAPPING}; every other tag (TITLE, DATE, NUMBER,
 * CRIMINAL_CHARGE, ...) is outside names.
 *
 * <p>The default {@code ner} annotator combines three CRFs (3-class, MUC 7-class, CoNLL 4-class,
 * the first to claim a token wins), numeric and SUTime classifiers and fine-grained regular
 * expression rules.
 */
final class CoreNlpDefaultNer implements NerSystem {

  /** CoreNLP's named-entity tags that denote a CoNLL type, and that type, in a fixed order. */
  static final Map<String, String> MAPPING = mapping();

  private StanfordCoreNLP pipeline;

  private static Map<String, String> mapping() {
    Map<String, String> mapping = new LinkedHashMap<>();
    mapping.put("PERSON", "PER");
    mapping.put("ORGANIZATION", "ORG");
    for (String tag : List.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY")) {
      mapping.put(tag, "LOC");
    }
    for (String tag : List.of("MISC", "NATIONALITY", "RELIGION", "IDEOLOGY")) {
      mapping.put(tag, "MISC");
    }
    return Collections.unmodifiableMap(mapping);
  }

  @Override
  public String name() {
    return "corenlp-default";
  }

  @Override
  public String description() {
    return "CoreNLP 4.5.10 default pipeline tokenize,ssplit,pos,lemma,ner on gold tokens (tokenize.whitespace, ssplit.eolonly)";
  }

  @Override
  public synchronized void load() {
    if (pipeline != null) {
      return;
    }
    // CoreNLP logs each model it loads; the evaluation prints its own report instead.
    RedwoodConfiguration.current().clear().apply();
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    properties.setProperty("tokenize.whitespace", "true");
    properties.setProperty("ssplit.eolonly", "true");
    try {
      pipeline = new StanfordCoreNLP(properties);
    } catch (RuntimeException | LinkageError e) {
      throw new DossierException(ErrorCode.NO_MODELS, "cannot load CoreNLP's default pipeline: " + e, e);
    }
  }

  @Override
  public List<List<String>> label(ConllDocument document) {
    load();
    List<String> lines = new ArrayList<>(document.sentences().size());
    for (ConllSentence sentence : document.sentences()) {
      lines.add(String.join(" ", sentence.words()));
    }
    Annotation annotation = new Annotation(String.join("\n", lines));
    pipeline.annotate(annotation);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences.size() != document.sentences().size()) {
      throw new IllegalStateException(
          "CoreNLP split CoNLL document " + document.index() + " into " + sentences.size() + " sentences, not the gold " + document.sentences().size());
    }
    List<List<String>> labels = new ArrayList<>(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
      ConllSentence gold = document.sentences().get(s);
      if (tokens.size() != gold.size()) {
        throw new IllegalStateException(
            "CoreNLP read " + tokens.size() + " tokens where CoNLL has " + gold.size() + " (line " + gold.line() + ")");
      }
      List<String> types = new ArrayList<>(tokens.size());
      for (CoreLabel token : tokens) {
        types.add(token.ner() == null ? null : MAPPING.get(token.ner()));
      }
      labels.add(types);
    }
    return labels;
  }
}
