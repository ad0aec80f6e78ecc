package dev.dossier.nlp.quotes;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.nlp.ResourceLines;
import java.util.HashMap;
import java.util.Map;

/**
 * The attribution cues learned from annotated news: for each cue ({@link CueReader}'s key: "want",
 * "call for") and {@link Complement}, how often a verb read that way occurred in the training
 * articles and how often annotators marked it as an attribution's cue. A cue counts when it was
 * marked at least {@link #MIN_CUES} times and in at least {@link #MIN_RATE} of its occurrences.
 *
 * <p>The bundled table, {@code attribution-cues.tsv}, is derived from the training split of
 * PolNeAR (Newell, Margolin and Ruths 2018) by {@code dossier eval cues}; it holds counts only, no
 * text of the corpus. It widens what the hand-written verbs of saying in {@link Cues} catch to
 * what political news attributes: stances, accusations, denials, pledges, calls and beliefs
 * ("called for", "accused", "wants to", "seems to"). Immutable and thread-safe.
 */
final class CueLexicon {

  /**
   * A cue must have been marked at least this many times in training. The rate was chosen for
   * F1 on the first 150 training articles (all-attributions F1 0.687, 0.690, 0.695, 0.689 and
   * 0.687 for rates 0.5, 0.4, 0.3, 0.25 and 0.2 with {@code quotes@3}'s content bounds): a cue
   * annotated in a third of its uses still adds more true attributions than the F1 loses in
   * precision. The development split only checked it (0.709, 0.715, 0.718, 0.715, 0.711).
   * {@link ReportedSpeech} still keeps verbs of thought with an object out.
   */
  static final int MIN_CUES = 2;

  /** A cue must have been marked in at least this share of its occurrences in training. */
  static final double MIN_RATE = 0.3;

  private static final String RESOURCE = "attribution-cues.tsv";

  private static final CueLexicon STANDARD = load();

  private final Map<String, double[]> counts;

  private CueLexicon(Map<String, double[]> counts) {
    this.counts = counts;
  }

  static CueLexicon standard() {
    return STANDARD;
  }

  /** True if the cue with this complement is an attribution often enough in training. */
  boolean accepts(String cue, Complement complement) {
    double[] count = counts.get(cue + "\t" + complement.label());
    return count != null && count[1] >= MIN_CUES && count[1] >= MIN_RATE * count[0];
  }

  private static CueLexicon load() {
    Map<String, double[]> counts = new HashMap<>();
    for (ResourceLines.Line line : ResourceLines.of(CueLexicon.class, RESOURCE)) {
      if (line.text().startsWith("cue\t")) {
        continue;
      }
      try {
        String[] columns = line.text().split("\t", -1);
        counts.put(columns[0] + "\t" + columns[1], new double[] {Double.parseDouble(columns[2]), Double.parseDouble(columns[3])});
      } catch (RuntimeException e) {
        throw new DossierException(ErrorCode.NO_MODELS, "cannot read resource dev/dossier/nlp/quotes/" + RESOURCE + ": line " + line.number() + ": " + e.getMessage(), e);
      }
    }
    return new CueLexicon(Map.copyOf(counts));
  }
}
