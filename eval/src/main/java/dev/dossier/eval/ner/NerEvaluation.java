package dev.dossier.eval.ner;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.eval.conll.ConllDocument;
import dev.dossier.eval.conll.ConllReader;
import dev.dossier.eval.conll.ConllSentence;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates Dossier's named-entity recognition on CoNLL-2003 data, beside CoreNLP's default
 * pipeline as a baseline, in one run: {@code dossier eval ner --conll FILE [--limit N]
 * [--no-baseline] [--format json]}.
 *
 * <p>What is measured is what the product does. Each system is given the gold tokenisation and
 * sentence split, so that its names can be compared token for token with the gold ones:
 *
 * <ul>
 *   <li>Dossier ({@link DossierNer}): the {@code mentions} stage exactly as the pipeline runs it,
 *       on a document built from the gold tokens.
 *   <li>The baseline ({@link CoreNlpDefaultNer}): CoreNLP's {@code tokenize,ssplit,pos,lemma,ner}
 *       with default properties, held to the gold tokens, its fine-grained tags mapped to CoNLL
 *       types.
 * </ul>
 *
 * <p>Scoring follows the shared task's {@code conlleval}: a name is correct only if its tokens and
 * type match a gold name exactly; precision, recall and F1 per type and micro-averaged overall.
 * Both systems emit IO labels, so adjacent names of one type merge into one, which costs them the
 * (rare) gold names that touch another of the same type. Errors are sorted into kinds ({@link
 * ErrorKind}) with examples. Each system is timed on its own pass over the documents, after its
 * models have loaded.
 */
public final class NerEvaluation {

  /** Kinds of error kept per system in the report. */
  static final int KEPT_ERRORS = 20;

  private NerEvaluation() {}

  /**
   * Runs the evaluation.
   *
   * @throws DossierException if the file is missing or malformed ({@link ErrorCode#INPUT_NOT_FOUND},
   *     {@link ErrorCode#UNREADABLE_INPUT}, naming file and line), holds no sentence ({@link
   *     ErrorCode#BAD_ARGUMENT}), or a model cannot be loaded ({@link ErrorCode#NO_MODELS})
   */
  public static NerReport run(NerOptions options) {
    List<NerSystem> systems = new ArrayList<>();
    systems.add(new DossierNer());
    if (options.baseline()) {
      systems.add(new CoreNlpDefaultNer());
    }
    return run(options, systems);
  }

  static NerReport run(NerOptions options, List<NerSystem> systems) {
    List<ConllDocument> documents = ConllReader.read(options.conll());
    if (options.limit() > 0 && options.limit() < documents.size()) {
      documents = documents.subList(0, options.limit());
    }
    if (documents.isEmpty()) {
      throw new DossierException(ErrorCode.BAD_ARGUMENT, options.conll() + ": no sentences to evaluate");
    }
    int sentences = 0;
    int tokens = 0;
    int goldNames = 0;
    for (ConllDocument document : documents) {
      for (ConllSentence sentence : document.sentences()) {
        sentences++;
        tokens += sentence.size();
        goldNames += Chunks.fromIob(sentence.tags()).size();
      }
    }
    List<SystemResult> results = new ArrayList<>();
    for (NerSystem system : systems) {
      results.add(evaluate(system, documents, tokens));
    }
    return new NerReport(
        options.conll().toString(),
        LocalDate.now(ZoneOffset.UTC).toString(),
        documents.size(),
        sentences,
        tokens,
        goldNames,
        results,
        CoreNlpDefaultNer.MAPPING,
        notes());
  }

  private static SystemResult evaluate(NerSystem system, List<ConllDocument> documents, int tokens) {
    long loadStart = System.nanoTime();
    system.load();
    double loadSeconds = seconds(System.nanoTime() - loadStart);
    NerScorer scorer = new NerScorer();
    long labelling = 0;
    for (ConllDocument document : documents) {
      long start = System.nanoTime();
      List<List<String>> labels = system.label(document);
      labelling += System.nanoTime() - start;
      for (int s = 0; s < document.sentences().size(); s++) {
        ConllSentence sentence = document.sentences().get(s);
        List<String> types = labels.get(s);
        if (types.size() != sentence.size()) {
          throw new IllegalStateException(
              system.name() + " gave " + types.size() + " labels for the " + sentence.size() + " tokens of the sentence at line " + sentence.line());
        }
        scorer.add(sentence.words(), Chunks.fromIob(sentence.tags()), Chunks.fromIo(types));
      }
    }
    double labelSeconds = seconds(labelling);
    return new SystemResult(
        system.name(),
        system.description(),
        scorer.byType(),
        scorer.overall(),
        loadSeconds,
        labelSeconds,
        labelSeconds == 0 ? 0 : tokens / labelSeconds,
        scorer.errorCounts(),
        scorer.confusions(KEPT_ERRORS));
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static List<String> notes() {
    return List.of(
        "A name is correct only if its tokens and type both match a gold name (conlleval semantics; gold tags may be IOB1 or IOB2); "
            + "'all' is the micro-average over types.",
        "Both systems emit IO labels (one type per token), so adjacent names of one type merge into one.",
        "Both systems get the gold tokens and sentences: Dossier runs its mentions stage alone (its CRF reads no part-of-speech tags); "
            + "CoreNLP runs its whole default pipeline, whose ner annotator needs the tagger and lemmatiser.",
        "Speed is wall-clock time on one thread, JIT warm-up included; docs/PERFORMANCE.md measures the full pipelines.");
  }
}
