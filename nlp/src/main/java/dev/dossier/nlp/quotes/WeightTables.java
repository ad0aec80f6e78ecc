package dev.dossier.nlp.quotes;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.nlp.ResourceLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the quote stage's weight tables (comment lines, a {@code feature, weight} header, one row
 * per feature), from the bundled resources or from text, and scores features against them: each
 * of the stage's models is a logistic regression over named features. Holds no state, so that the
 * models' static initialisers can use it without depending on one another's.
 */
final class WeightTables {

  private WeightTables() {}

  /** The logistic probability of the features' summed weights; a feature the table does not hold weighs 0. */
  static double probability(Map<String, Double> weights, List<String> features) {
    double score = 0;
    for (String feature : features) {
      score += weights.getOrDefault(feature, 0.0);
    }
    return 1 / (1 + Math.exp(-score));
  }

  /**
   * The weights of a table given as text.
   *
   * @throws DossierException {@link ErrorCode#BAD_ARGUMENT}, naming the source and line, if a row is malformed or there is none
   */
  static Map<String, Double> of(String table, String source) {
    return weights(lines(table), source, ErrorCode.BAD_ARGUMENT);
  }

  /**
   * A bundled resource's weights.
   *
   * @throws DossierException {@link ErrorCode#NO_MODELS}, naming the resource and line, if it is missing or malformed
   */
  static Map<String, Double> resource(Class<?> owner, String resource) {
    return weights(ResourceLines.of(owner, resource), "resource dev/dossier/nlp/quotes/" + resource, ErrorCode.NO_MODELS);
  }

  /** The weights of a table's rows, skipping the header; errors name the source and line. */
  private static Map<String, Double> weights(List<ResourceLines.Line> lines, String source, ErrorCode error) {
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
