package dev.dossier.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.eval.quotes.PolnearFiles.Marked;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cue lexicon learned from a small PolNeAR-format file of the seeds' sentences, marked by hand. */
class CueLexiconDerivationTest {

  @Test
  void run_markedCues_countedPerCueAndComplement(@TempDir Path dir) throws IOException {
    Path file = new PolnearFiles()
        .article("a", "Pompeo said he does not back away from hard issues. The agency released a statement on Friday.",
            new Marked("he does not back away from hard issues", "Pompeo", "said"))
        .article("b", "Coats' office said that it does not discuss schedules. The meeting lasted an hour.",
            new Marked("that it does not discuss schedules", "Coats' office", "said"))
        .article("c", "CNN reported that the spy was extracted in 2017. The source said that the decision was right.",
            new Marked("that the spy was extracted in 2017", "CNN", "reported"))
        .write(dir);

    List<String> rows = CueLexiconDerivation.run(file).lines().toList();

    assertThat(rows.getFirst()).startsWith("# Attribution cues learned from 3 PolNeAR training articles");
    assertThat(rows).contains("cue\tcomplement\toccurrences\tcues");
    // "said" before a clause three times, two of them marked; "reported" marked once, below the row minimum.
    assertThat(rows).contains("say\tclause\t3\t2");
    assertThat(rows).noneMatch(row -> row.startsWith("report\t") || row.startsWith("release\t") || row.startsWith("last\t"));
  }
}
