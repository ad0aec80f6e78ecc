package dev.dossier.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.eval.Fixtures;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The full evaluation on CoNLL-2003 valid (about two minutes). Runs with {@code -Plong} where
 * {@code ../shared/eval/conll2003/valid.txt} exists; the gold data is never part of the project.
 */
@Tag("long")
class NerEvaluationLongTest {

  @Test
  void run_conllValid_dossierAtLeastAsGoodAsCoreNlpDefault() {
    Optional<Path> valid = Fixtures.shared("eval/conll2003/valid.txt");
    Assumptions.assumeTrue(valid.isPresent(), "skipped: ../shared/eval/conll2003/valid.txt not found (gold data is not part of the project)");

    NerReport report = NerEvaluation.run(NerOptions.of(valid.get()));

    double dossier = report.system("dossier").orElseThrow().overall().f1();
    double corenlp = report.system("corenlp-default").orElseThrow().overall().f1();
    assertThat(report.documents()).isEqualTo(216);
    assertThat(report.goldNames()).isEqualTo(5942);
    assertThat(dossier).as("Dossier F1 %.4f vs CoreNLP default %.4f", dossier, corenlp).isGreaterThanOrEqualTo(corenlp);
  }
}
