package dev.dossier.nlp;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.nlp.parse.ChenManningParser;
import dev.dossier.nlp.parse.CoreNlpSentenceParser;
import dev.dossier.nlp.parse.SentenceParser;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorFactory;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.Locale;
import java.util.Properties;

/**
 * The CoreNLP models Dossier uses, each loaded at most once per process, on first use.
 *
 * <p>This is Dossier's fast path through CoreNLP. The default {@code ner} annotator spends two
 * thirds of its time in fine-grained gazetteer regexes and a fifth in SUTime over every sentence;
 * Dossier instead runs the tokenizer, the left-3-words tagger and lemmatizer, one CRF (the
 * CoNLL 4-class model: PERSON, ORGANIZATION, LOCATION, MISC), and SUTime only on sentences with a
 * temporal word. All models come from the {@code stanford-corenlp} models jar on the classpath;
 * nothing is downloaded.
 *
 * <p>Thread-safe: the holders below use the class-initialisation lock, and the loaded models are
 * safe to share between threads.
 */
public final class CoreNlp {

  /** The CRF trained on CoNLL-2003 with distributional-similarity features. */
  public static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  static {
    // CoreNLP logs every model it loads to stderr; Dossier reports its own progress instead.
    RedwoodConfiguration.current().clear().apply();
  }

  private CoreNlp() {}

  /** Tokenizer, sentence splitter, part-of-speech tagger and lemmatizer. */
  public static StanfordCoreNLP tagger() {
    return TaggerHolder.PIPELINE;
  }

  /** The CRF entity recogniser. */
  public static CRFClassifier<CoreLabel> entityClassifier() {
    return NerHolder.CLASSIFIER;
  }

  /** SUTime's rule-based temporal expression extractor. */
  public static TimeExpressionExtractor timeExtractor() {
    return TimeHolder.EXTRACTOR;
  }

  /**
   * The neural transition-based dependency parser (Chen and Manning 2014) with its English
   * Universal Dependencies model: the parse the events stage reads who did what to whom from. It
   * parses tagged tokens, so it needs nothing but the tagger before it.
   *
   * <p>By default ({@code -Ddossier.parser=dossier}) this is Dossier's own scorer of CoreNLP's
   * model ({@link ChenManningParser}: the same parses, about eight times cheaper per sentence on
   * news); {@code -Ddossier.parser=corenlp} selects CoreNLP's parser itself
   * ({@link #coreNlpDependencyParser()}) to compare.
   *
   * @throws DossierException {@code BAD_ARGUMENT} if {@code dossier.parser} names another parser
   */
  public static SentenceParser dependencyParser() {
    return switch (PARSER_NAME) {
      case "dossier" -> ParserHolder.PARSER;
      case "corenlp" -> CoreNlpParserHolder.PARSER;
      default -> throw new DossierException(ErrorCode.BAD_ARGUMENT, "-Ddossier.parser=" + PARSER_NAME + ": the parser is dossier or corenlp");
    };
  }

  /** CoreNLP's own dependency parser over the same model, the reference for Dossier's. */
  public static SentenceParser coreNlpDependencyParser() {
    return CoreNlpParserHolder.PARSER;
  }

  /** Dossier's scorer of the same model ({@link ChenManningParser}), whatever {@code dossier.parser} says. */
  public static ChenManningParser chenManningParser() {
    return ParserHolder.PARSER;
  }

  private static final String PARSER_NAME = System.getProperty("dossier.parser", "dossier").strip().toLowerCase(Locale.ROOT);

  private static final class ParserHolder {
    /**
     * The model lists its 99,990 most frequent (feature, value) pairs; the first 20,000 are what
     * CoreNLP precomputes. Each pair's vector is 1,000 floats (4 KB): 20,000 take 80 MB.
     */
    static final int PRECOMPUTED = Integer.getInteger("dossier.parser.precomputed", 20_000);
    /** Vectors of the other pairs met, kept once computed: at most 65,536 × 4 KB = 268 MB when full. */
    static final int CACHED = Integer.getInteger("dossier.parser.cached", 65_536);

    static final ChenManningParser PARSER =
        load("dependency parser", () -> ChenManningParser.load(DependencyParser.DEFAULT_MODEL, PRECOMPUTED, CACHED));
  }

  private static final class CoreNlpParserHolder {
    /**
     * Hidden-layer products of (feature, word) pairs outside the model's precomputed ones are kept
     * in an LRU cache; CoreNLP's default of 5,000 entries thrashes on news vocabulary, and at
     * 100,000 (about 80 MB) the parse of Reuters sentences is about 1.4 times cheaper.
     */
    static final int CACHED_FEATURES = Integer.getInteger("dossier.parser.corenlp.cached", 100_000);

    static final SentenceParser PARSER = load("dependency parser", () -> {
      Properties properties = new Properties();
      properties.setProperty("numCached", Integer.toString(CACHED_FEATURES));
      return new CoreNlpSentenceParser(DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, properties));
    });
  }

  private static final class TaggerHolder {
    static final StanfordCoreNLP PIPELINE = load("tokenizer and tagger", () -> {
      Properties properties = new Properties();
      properties.setProperty("annotators", "tokenize,ssplit,pos,lemma");
      // A blank line ends a sentence (headlines and list items have no full stop); a single
      // newline is a hard wrap inside a paragraph.
      properties.setProperty("ssplit.newlineIsSentenceBreak", "two");
      properties.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true");
      return new StanfordCoreNLP(properties);
    });
  }

  private static final class NerHolder {
    static final CRFClassifier<CoreLabel> CLASSIFIER = load("entity recogniser", () -> CRFClassifier.getClassifier(NER_MODEL));
  }

  private static final class TimeHolder {
    static final TimeExpressionExtractor EXTRACTOR = load("SUTime", () -> {
      Properties properties = new Properties();
      properties.setProperty("sutime.includeRange", "true");
      return TimeExpressionExtractorFactory.createExtractor("sutime", properties);
    });
  }

  private interface Loader<T> {
    T load() throws Exception;
  }

  private static <T> T load(String what, Loader<T> loader) {
    try {
      return loader.load();
    } catch (Exception | LinkageError e) {
      throw new DossierException(
          ErrorCode.NO_MODELS,
          "cannot load CoreNLP's " + what + ": " + e + " (is stanford-corenlp-4.5.10-models.jar on the classpath?)",
          e);
    }
  }
}
