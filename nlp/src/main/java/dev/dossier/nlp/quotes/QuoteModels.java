package dev.dossier.nlp.quotes;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;

/**
 * The three learned models the quote stage decides with: the verb-cue model ({@link
 * CueClassifier}), the nominal-cue model ({@link NominalCues}) and the keep model ({@link
 * KeepModel}). {@link #standard()} holds the bundled ones; {@link #withCueTables} puts cue models
 * fitted elsewhere in their place, so that the keep model's derivation can run the stage on an
 * article with cue models that never saw that article's annotations (cross-fitting). Immutable and
 * thread-safe.
 */
public final class QuoteModels {

  private static final QuoteModels STANDARD = new QuoteModels(CueClassifier.standard(), NominalCues.standard(), KeepModel.standard());

  final CueClassifier cues;
  final CueClassifier nominalCues;
  final KeepModel keep;

  private QuoteModels(CueClassifier cues, CueClassifier nominalCues, KeepModel keep) {
    this.cues = cues;
    this.nominalCues = nominalCues;
    this.keep = keep;
  }

  /** The bundled models. */
  public static QuoteModels standard() {
    return STANDARD;
  }

  /**
   * The bundled keep model with the verb-cue and nominal-cue models read from weight tables in the
   * format {@code dossier eval cues} and {@code dossier eval nominal-cues} write (comment lines, a
   * {@code feature, weight} header, one row per feature), each at the bundled model's threshold.
   *
   * @throws DossierException {@link ErrorCode#BAD_ARGUMENT} if a table has a malformed row or no weights
   */
  public static QuoteModels withCueTables(String cueTable, String nominalCueTable) {
    return new QuoteModels(new CueClassifier(WeightTables.of(cueTable, "cue table"), CueClassifier.THRESHOLD),
        new CueClassifier(WeightTables.of(nominalCueTable, "nominal-cue table"), NominalCues.THRESHOLD), STANDARD.keep);
  }
}
