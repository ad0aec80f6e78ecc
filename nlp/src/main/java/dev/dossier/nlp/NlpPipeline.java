package dev.dossier.nlp;

import dev.dossier.core.Pipeline;
import dev.dossier.nlp.events.EventStage;
import dev.dossier.nlp.quotes.QuoteStage;

/** Dossier's standard per-document pipeline: tokens ▸ mentions ▸ entities ▸ dates ▸ quotes ▸ events. */
public final class NlpPipeline {

  private NlpPipeline() {}

  /** A new pipeline of the standard stages; the models behind them load once per process. */
  public static Pipeline standard() {
    return Pipeline.of(new TokenStage(), new MentionStage(), new EntityStage(), new DateStage(), new QuoteStage(), new EventStage());
  }

  /**
   * Loads every model now rather than on the first article, so a caller can report progress and
   * fail early if the models jar is missing.
   *
   * @throws dev.dossier.core.DossierException {@code NO_MODELS} if a model cannot be loaded
   */
  public static void warmUp() {
    CoreNlp.tagger();
    CoreNlp.entityClassifier();
    CoreNlp.timeExtractor();
    CoreNlp.dependencyParser();
    Countries.instance();
  }
}
