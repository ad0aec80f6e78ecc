package dev.dossier.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.core.DossierException;
import dev.dossier.core.Pipeline;
import dev.dossier.eval.quotes.PolnearFiles.Marked;
import dev.dossier.nlp.EntityStage;
import dev.dossier.nlp.MentionStage;
import dev.dossier.nlp.TokenStage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keep model fitted on a small PolNeAR-format file of the seeds' sentences, marked by hand. */
class KeepModelDerivationTest {

  private static final String FIRST = "Pompeo said he does not back away from hard issues. The agency said that the meeting was routine.";

  private static Path marked(Path dir) throws IOException {
    return new PolnearFiles()
        // The second attribution is left unmarked: the stage's reading of it is a negative example.
        .article("a", FIRST, new Marked("he does not back away from hard issues", "Pompeo", "said"))
        .article("b", "Coats' office said that it does not discuss schedules. The meeting lasted an hour.",
            new Marked("that it does not discuss schedules", "Coats' office", "said"))
        .article("c", "CNN reported that the spy was extracted in 2017. The source said that the decision was right.",
            new Marked("that the spy was extracted in 2017", "CNN", "reported"), new Marked("that the decision was right", "The source", "said"))
        .write(dir);
  }

  @Test
  void examples_markedAndUnmarkedAttributions_labelledByTheEvaluationsMatch(@TempDir Path dir) throws IOException {
    PolnearArticle article = PolnearReader.read(marked(dir)).getFirst();

    KeepModelDerivation.ArticleExamples examples = KeepModelDerivation.examples(Pipeline.of(new TokenStage(), new MentionStage(), new EntityStage()), article);

    assertThat(examples.gold()).isEqualTo(1);
    assertThat(examples.examples()).hasSize(2);
    assertThat(examples.examples()).extracting(e -> e.example().positive()).containsExactly(true, false);
    assertThat(examples.examples()).allSatisfy(e -> assertThat(e.example().features()).contains("bias", "kind=reported", "via=listed-speech"));
  }

  @Test
  void run_handMarkedArticles_tableOfNamedFeaturesAndHeldOutReport(@TempDir Path dir) throws IOException {
    KeepModelDerivation.Result result = KeepModelDerivation.run(marked(dir), 1, 1, 0.001, 300);

    List<String> rows = result.table().lines().toList();
    assertThat(rows.getFirst()).startsWith("# Attribution keep model fitted on 2 PolNeAR training articles (after the first 1)");
    assertThat(rows).contains("feature\tweight").anyMatch(row -> row.startsWith("bias\t"));
    assertThat(rows).noneMatch(row -> row.contains("Pompeo") || row.contains("schedules"));
    assertThat(result.report()).contains("held out: 1 articles, 1 gold (0 quoted), 2 attributions").contains("threshold 0.35");
  }

  @Test
  void run_holdingOutEveryArticle_rejectedWithTheFileNamed(@TempDir Path dir) throws IOException {
    Path file = marked(dir);

    assertThatThrownBy(() -> KeepModelDerivation.run(file, 3, 1, 0.001, 300)).isInstanceOf(DossierException.class).hasMessageContaining(file.toString());
  }
}
