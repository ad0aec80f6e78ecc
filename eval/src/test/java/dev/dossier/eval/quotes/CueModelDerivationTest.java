package dev.dossier.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.core.DossierException;
import dev.dossier.eval.Fixtures;
import dev.dossier.eval.quotes.PolnearFiles.Marked;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cue model fitted on small PolNeAR-format files: the seeds' sentences marked by hand, and the first lines of the real training split. */
class CueModelDerivationTest {

  private static Path marked(Path dir) throws IOException {
    return new PolnearFiles()
        .article("a", "Pompeo said he does not back away from hard issues. The agency released a statement on Friday.",
            new Marked("he does not back away from hard issues", "Pompeo", "said"))
        .article("b", "Coats' office said that it does not discuss schedules. The meeting lasted an hour.",
            new Marked("that it does not discuss schedules", "Coats' office", "said"))
        .article("c", "CNN reported that the spy was extracted in 2017. The source said that the decision was right.",
            new Marked("that the spy was extracted in 2017", "CNN", "reported"))
        .write(dir);
  }

  @Test
  void run_markedCues_weightsFavourTheMarkedCue(@TempDir Path dir) throws IOException {
    CueModelDerivation.Result result = CueModelDerivation.run(marked(dir), 0, 0.0001, 300);

    List<String> rows = result.table().lines().toList();
    assertThat(rows.getFirst()).startsWith("# Attribution-cue model fitted on 3 PolNeAR training articles");
    assertThat(rows).contains("feature\tweight");
    // "said" before a clause three times, two of them marked; "released" before an object never.
    double say = weight(rows, "cue+shape=say|clause");
    double release = weight(rows, "cue+shape=release|object");
    assertThat(say).isGreaterThan(release);
    assertThat(rows).noneMatch(row -> row.contains("Pompeo") || row.contains("schedules"));
    assertThat(result.report()).contains("held out: none");
  }

  @Test
  void run_holdingOutEveryArticle_rejectedWithTheFileNamed(@TempDir Path dir) throws IOException {
    Path file = marked(dir);

    assertThatThrownBy(() -> CueModelDerivation.run(file, 3, 0.0001, 300)).isInstanceOf(DossierException.class).hasMessageContaining(file.toString());
  }

  @Test
  void run_firstLinesOfPolnearTraining_fitsAndScoresTheHeldOutArticle(@TempDir Path dir) throws IOException {
    Optional<Path> train = Fixtures.shared("eval/polnear/train.jsonl");
    Assumptions.assumeTrue(train.isPresent(), "skipped: ../shared/eval/polnear/train.jsonl not found (gold data is not part of the project)");
    Path lines = dir.resolve("first.jsonl");
    try (var reader = Files.newBufferedReader(train.get(), StandardCharsets.UTF_8)) {
      Files.writeString(lines, String.join("\n", reader.lines().limit(6).toList()) + "\n", StandardCharsets.UTF_8);
    }

    CueModelDerivation.Result result = CueModelDerivation.run(lines, 1, 0.0001, 300);

    assertThat(result.table()).startsWith("# Attribution-cue model fitted on 5 PolNeAR training articles");
    assertThat(weight(result.table().lines().toList(), "cue+shape=say|clause")).isGreaterThan(0);
    assertThat(result.report()).containsPattern("held out: \\d+ verbs, \\d+ cues").contains("threshold 0.35");
  }

  private static double weight(List<String> rows, String feature) {
    return rows.stream().filter(row -> row.startsWith(feature + "\t")).mapToDouble(row -> Double.parseDouble(row.split("\t")[1])).findFirst().orElse(0);
  }
}
