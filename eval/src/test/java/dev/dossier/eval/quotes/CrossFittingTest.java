package dev.dossier.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Article;
import dev.dossier.core.Pipeline;
import dev.dossier.eval.quotes.PolnearFiles.Marked;
import dev.dossier.nlp.EntityStage;
import dev.dossier.nlp.MentionStage;
import dev.dossier.nlp.TokenStage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cue models fitted by fold on small PolNeAR-format files of the seeds' sentences, marked by hand. */
class CrossFittingTest {

  private static final String FIRST = "Pompeo said he does not back away from hard issues. The agency said that the meeting was routine.";
  private static final String SECOND = "Coats' office said that it does not discuss schedules. The meeting lasted an hour.";
  private static final String THIRD = "CNN reported that the spy was extracted in 2017. The source said that the decision was right.";

  /** Three articles; the third's marks only when {@code markThird}. */
  private static Path articles(Path dir, boolean markThird) throws IOException {
    Marked[] third = markThird
        ? new Marked[] {new Marked("that the spy was extracted in 2017", "CNN", "reported"), new Marked("that the decision was right", "The source", "said")}
        : new Marked[0];
    return new PolnearFiles()
        .article("a", FIRST, new Marked("he does not back away from hard issues", "Pompeo", "said"))
        .article("b", SECOND, new Marked("that it does not discuss schedules", "Coats' office", "said"))
        .article("c", THIRD, third)
        .write(dir);
  }

  private static CrossFitting crossFitting(Path file) {
    Pipeline tokens = Pipeline.of(new TokenStage());
    CrossFitting crossFitting = new CrossFitting();
    for (PolnearArticle article : PolnearReader.read(file)) {
      crossFitting.add(tokens.process(new Article(article.name(), null, "", null, null, article.text(), List.of(), "polnear", article.name())), article);
    }
    return crossFitting;
  }

  @Test
  void withoutFold_articleMarkedOrNot_itsOwnFoldsModelsTheSame(@TempDir Path dir) throws IOException {
    CrossFitting marked = crossFitting(articles(Files.createDirectory(dir.resolve("marked")), true));
    CrossFitting unmarked = crossFitting(articles(Files.createDirectory(dir.resolve("unmarked")), false));

    // Held out: the first article; two folds of the other two, the third article (index 2) in fold 1.
    assertThat(CrossFitting.fold(2, 1, 2)).isEqualTo(1);
    assertThat(unmarked.withoutFold(1, 1, 2)).isEqualTo(marked.withoutFold(1, 1, 2));
    // The third article's marks do reach the other fold's models.
    assertThat(unmarked.withoutFold(0, 1, 2).cueTable()).isNotEqualTo(marked.withoutFold(0, 1, 2).cueTable());
  }

  @Test
  void withoutFold_firstArticleHeldOut_fittedOnTheOtherFoldOnly(@TempDir Path dir) throws IOException {
    CrossFitting crossFitting = crossFitting(articles(dir, true));

    // Fold 0 of the articles after the first is the second article: its models learn from the third alone.
    CrossFitting.Tables models = crossFitting.withoutFold(0, 1, 2);

    assertThat(models).isEqualTo(crossFitting.fit(a -> a == 2));
    assertThat(models).isNotEqualTo(crossFitting.fit(a -> a >= 1));
    assertThat(models).isNotEqualTo(crossFitting.fit(a -> a != 1));
  }

  @Test
  void run_oneFold_examplesOfTheBundledStage(@TempDir Path dir) throws IOException {
    Path file = articles(dir, true);
    Pipeline before = Pipeline.of(new TokenStage(), new MentionStage(), new EntityStage());
    List<LogisticRegression.Example> bundled = PolnearReader.read(file).stream()
        .flatMap(article -> KeepModelDerivation.examples(before, article).examples().stream().map(KeepModelDerivation.Labelled::example)).toList();

    KeepModelDerivation.Result result = KeepModelDerivation.run(file, 0, 1, 0.001, 300);

    assertThat(result.table()).endsWith(CueModelDerivation.rows(LogisticRegression.fit(bundled, 0.001, 300)));
    assertThat(result.table().lines().findFirst().orElseThrow()).doesNotContain("folds");
  }
}
