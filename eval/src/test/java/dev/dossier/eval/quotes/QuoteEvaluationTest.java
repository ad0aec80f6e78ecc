package dev.dossier.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.eval.quotes.PolnearFiles.Marked;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation on a small PolNeAR-format file of the seeds' sentences, marked by hand. */
class QuoteEvaluationTest {

  private static final String POMPEO =
      "Russian spy chief met U.S. officials in United States last week.\n\n"
          + "\"I haven't seen a significant decrease in their activity\", Pompeo told the BBC.\n\n"
          + "Pompeo also said he does not back away from hard issues in Russian-US relations, such as the crisis in Ukraine.\n\n"
          + "The weather in Washington was mild on Thursday.";

  @Test
  void run_handMarkedSeedSentences_dossierFindsTheQuoteAndTheReportedSpeech(@TempDir Path dir) throws IOException {
    Path file = new PolnearFiles()
        .article("seed-004", POMPEO,
            new Marked("I haven't seen a significant decrease in their activity", "Pompeo", "told"),
            new Marked("he does not back away from hard issues in Russian-US relations, such as the crisis in Ukraine", "Pompeo also", "said"))
        .write(dir);

    QuoteReport report = QuoteEvaluation.run(new QuoteOptions(file, 0, false));

    assertThat(report.articles()).isEqualTo(1);
    assertThat(report.attributions()).isEqualTo(2);
    QuoteSystemResult dossier = report.systems().getFirst();
    assertThat(dossier.name()).isEqualTo("dossier");
    assertThat(dossier.quoted().gold()).isEqualTo(1);
    assertThat(dossier.quoted().matchedGold()).isEqualTo(1);
    assertThat(dossier.quoted().speakerAccuracy()).isEqualTo(1.0);
    assertThat(dossier.unquoted().gold()).isEqualTo(1);
    assertThat(dossier.unquoted().matchedGold()).isEqualTo(1);
    assertThat(dossier.all().recall()).isEqualTo(1.0);
    assertThat(report.toTable()).contains("dossier").contains("quoted").contains("unquoted");
    assertThat(report.toJson()).contains("\"boundaryErrors\"");
  }

  @Test
  void run_malformedLine_failsNamingFileAndLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.jsonl");
    Files.writeString(file, "{\"text\": \"x\"}\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> QuoteEvaluation.run(new QuoteOptions(file, 0, false)))
        .isInstanceOf(DossierException.class)
        .hasMessageContaining(file + ":1")
        .satisfies(e -> assertThat(((DossierException) e).code()).isEqualTo(ErrorCode.MALFORMED_JSON));
  }

  @Test
  void run_missingFile_failsAsNotFound(@TempDir Path dir) {
    assertThatThrownBy(() -> QuoteEvaluation.run(new QuoteOptions(dir.resolve("none.jsonl"), 0, false)))
        .isInstanceOf(DossierException.class)
        .satisfies(e -> assertThat(((DossierException) e).code()).isEqualTo(ErrorCode.INPUT_NOT_FOUND));
  }
}
