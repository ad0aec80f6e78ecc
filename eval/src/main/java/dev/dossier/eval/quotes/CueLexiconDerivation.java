package dev.dossier.eval.quotes;

import dev.dossier.core.Article;
import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.core.Doc;
import dev.dossier.core.Pipeline;
import dev.dossier.core.Span;
import dev.dossier.nlp.TokenStage;
import dev.dossier.nlp.quotes.Complement;
import dev.dossier.nlp.quotes.CueOccurrence;
import dev.dossier.nlp.quotes.CueReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Derives the quote stage's attribution-cue lexicon ({@code nlp/.../quotes/attribution-cues.tsv})
 * from PolNeAR-format training data: {@code dossier eval cues --polnear train.jsonl}.
 *
 * <p>Each article goes through Dossier's token stage; {@link CueReader} reads every verb as a
 * possible cue (its lemma, with a following preposition: "call for") and the shape of what follows
 * it ({@link Complement}). An occurrence counts as a cue when its verb lies inside a cue span of
 * the article's first annotator. The table holds, per cue and complement, the occurrences and how
 * many were cues; rows with fewer than {@link #MIN_ROW_CUES} cues are left out. It holds counts
 * only, no text of the corpus. Run it on the training split only: the development split checks
 * the result, the test split is measured by others.
 */
public final class CueLexiconDerivation {

  /** Rows with fewer cues than this are too rare to learn from and are not written. */
  public static final int MIN_ROW_CUES = 2;

  private CueLexiconDerivation() {}

  /**
   * The lexicon as TSV text: a comment naming the source, a header, then one row per cue and
   * complement ({@code cue, complement, occurrences, cues}), sorted by cue.
   *
   * @throws DossierException as {@link PolnearReader#read}, or {@link ErrorCode#BAD_ARGUMENT} if the
   *     file holds no article
   */
  public static String run(Path polnear) {
    List<PolnearArticle> articles = PolnearReader.read(polnear);
    if (articles.isEmpty()) {
      throw new DossierException(ErrorCode.BAD_ARGUMENT, polnear + ": no articles to learn cues from");
    }
    Pipeline tokens = Pipeline.of(new TokenStage());
    Map<String, int[]> counts = new TreeMap<>();
    for (PolnearArticle article : articles) {
      Doc doc = tokens.process(new Article(article.name(), null, "", null, null, article.text(), List.of(), "polnear", article.name()));
      List<Span> cues = new ArrayList<>();
      for (GoldAttribution attribution : article.attributions()) {
        cues.addAll(attribution.cue());
      }
      for (CueOccurrence occurrence : CueReader.occurrences(doc)) {
        int[] count = counts.computeIfAbsent(occurrence.cue() + "\t" + occurrence.complement().label(), k -> new int[2]);
        count[0]++;
        if (cues.stream().anyMatch(cue -> cue.contains(occurrence.verb()))) {
          count[1]++;
        }
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("# Attribution cues learned from ").append(articles.size()).append(" PolNeAR training articles by 'dossier eval cues'")
        .append(" (counts only; rows with at least ").append(MIN_ROW_CUES).append(" cues).\n");
    out.append("# occurrences: verbs read as this cue and complement; cues: those an annotator marked as an attribution's cue.\n");
    out.append("cue\tcomplement\toccurrences\tcues\n");
    counts.forEach((key, count) -> {
      if (count[1] >= MIN_ROW_CUES) {
        out.append(key).append('\t').append(count[0]).append('\t').append(count[1]).append('\n');
      }
    });
    return out.toString();
  }
}
