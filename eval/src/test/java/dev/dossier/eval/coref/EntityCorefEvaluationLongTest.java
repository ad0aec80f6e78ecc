package dev.dossier.eval.coref;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The full ECB+ dev evaluation, against the target: CoNLL F1 at least 10 points above the same-string baseline. */
@Tag("long")
class EntityCorefEvaluationLongTest {

  private static final Path ECB = Path.of("../../shared/eval/ecbplus/xml");

  @Test
  void run_ecbPlusDev_namedMentionsBeatTheSameStringBaseline() {
    Assumptions.assumeTrue(Files.isDirectory(ECB), "ECB+ not found at " + ECB.toAbsolutePath() + ": skipping (it lives in ../shared beside the project)");

    EntityCorefReport report = EntityCorefEvaluation.run(ECB, 0);

    EntityCorefReport.Row dossier = report.rows().stream().filter(r -> r.mentions().equals("named") && r.system().equals("dossier")).findFirst().orElseThrow();
    EntityCorefReport.Row baseline = report.rows().stream().filter(r -> r.mentions().equals("named") && r.system().equals("same-string")).findFirst().orElseThrow();
    System.out.print(report.toTable());
    assertThat(dossier.scores().conll()).isGreaterThan(baseline.scores().conll() + 0.10);
  }
}
