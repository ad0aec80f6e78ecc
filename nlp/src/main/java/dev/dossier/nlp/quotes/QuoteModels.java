package dev.dossier.nlp.quotes;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.nlp.ResourceLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    return new QuoteModels(new CueClassifier(weights(lines(cueTable), "cue table", ErrorCode.BAD_ARGUMENT), CueClassifier.THRESHOLD),
        new CueClassifier(weights(lines(nominalCueTable), "nominal-cue table", ErrorCode.BAD_ARGUMENT), NominalCues.THRESHOLD), STANDARD.keep);
  }

  /** The weights of a table's rows, skipping the header; errors name the source and line. */
  static Map<String, Double> weights(List<ResourceLines.Line> lines, String source, ErrorCode error) {
    Map<String, Double> weights = new HashMap<>();
    for (ResourceLines.Line line : lines) {
      if (line.text().startsWith("feature\t")) {
        continue;
      }
      try {
        String[] columns = line.text().split("\t", -1);
        if (columns.length != 2) {
          throw new IllegalArgumentException("expected 2 columns, found " + columns.length);
        }
        weights.put(columns[0], Double.parseDouble(columns[1]));
      } catch (RuntimeException e) {
        throw new DossierException(error, "cannot read " + source + ": line " + line.number() + ": " + e.getMessage(), e);
      }
    }
    if (weights.isEmpty()) {
      throw new DossierException(error, "cannot read " + source + ": no weights");
    }
    return weights;
  }

  /** A resource's weights, as the bundled models read them. */
  static Map<String, Double> resourceWeights(Class<?> owner, String resource) {
    return weights(ResourceLines.of(owner, resource), "resource dev/dossier/nlp/quotes/" + resource, ErrorCode.NO_MODELS);
  }

  /** The table's lines as {@link ResourceLines} gives a resource's: numbered, without blank and comment lines. */
  private static List<ResourceLines.Line> lines(String table) {
    List<ResourceLines.Line> lines = new ArrayList<>();
    List<String> all = table.lines().toList();
    for (int n = 0; n < all.size(); n++) {
      if (!all.get(n).isBlank() && !all.get(n).strip().startsWith("#")) {
        lines.add(new ResourceLines.Line(n + 1, all.get(n)));
      }
    }
    return lines;
  }
}
