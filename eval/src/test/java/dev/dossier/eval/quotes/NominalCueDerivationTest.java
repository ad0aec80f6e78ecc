package dev.dossier.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.core.DossierException;
import dev.dossier.eval.quotes.PolnearFiles.Marked;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nominal-cue model fitted on a small PolNeAR-format file of Mueller report sentences (public domain) marked by hand. */
class NominalCueDerivationTest {

  private static Path marked(Path dir) throws IOException {
    return new PolnearFiles()
        .article("a", "McGahn could not comply with the President's request to dispute the story. The list of names was long.",
            new Marked("to dispute the story", "the President", "request"))
        .article("b", "The President did not follow up with McGahn on his request to have the Special Counsel removed. The list of witnesses grew.",
            new Marked("to have the Special Counsel removed", "his", "request"))
        .article("c", "Christie had no intention of complying with the President's request that he contact Comey. The list of topics was short.",
            new Marked("that he contact Comey", "the President", "request"))
        .write(dir);
  }

  @Test
  void run_markedNominalCues_weightsFavourTheMarkedNoun(@TempDir Path dir) throws IOException {
    CueModelDerivation.Result result = NominalCueDerivation.run(marked(dir), 0, 0.0001, 300);

    List<String> rows = result.table().lines().toList();
    assertThat(rows.getFirst()).startsWith("# Nominal-cue model fitted on 3 PolNeAR training articles");
    assertThat(rows).contains("feature\tweight");
    // "request" before a content three times, each marked; "list of" three times, never.
    assertThat(weight(rows, "noun=request")).isGreaterThan(0);
    assertThat(weight(rows, "noun=list")).isLessThan(0);
    assertThat(rows).noneMatch(row -> row.contains("McGahn") || row.contains("Comey"));
    assertThat(result.report()).contains("training: ").contains("held out: none");
  }

  @Test
  void run_holdingOutOneArticle_scoresItAtEachThreshold(@TempDir Path dir) throws IOException {
    CueModelDerivation.Result result = NominalCueDerivation.run(marked(dir), 1, 0.0001, 300);

    assertThat(result.table()).startsWith("# Nominal-cue model fitted on 2 PolNeAR training articles (after the first 1)");
    assertThat(result.report()).containsPattern("held out: \\d+ nouns, 1 cues").contains("threshold 0.30");
  }

  @Test
  void run_holdingOutEveryArticle_rejectedWithTheFileNamed(@TempDir Path dir) throws IOException {
    Path file = marked(dir);

    assertThatThrownBy(() -> NominalCueDerivation.run(file, 3, 0.0001, 300)).isInstanceOf(DossierException.class).hasMessageContaining(file.toString());
  }

  private static double weight(List<String> rows, String feature) {
    return rows.stream().filter(row -> row.startsWith(feature + "\t")).mapToDouble(row -> Double.parseDouble(row.split("\t")[1])).findFirst().orElse(0);
  }
}
