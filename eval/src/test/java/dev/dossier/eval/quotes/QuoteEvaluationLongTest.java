package dev.dossier.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.eval.Fixtures;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Dossier on PolNeAR dev (about a minute; the CoreNLP baseline is left to {@code dossier eval
 * quotes}, which takes 5 to 15 minutes). Runs with {@code -Plong} where {@code
 * ../shared/eval/polnear/dev.jsonl} exists; the gold data is never part of the project.
 *
 * <p>It checks issue #3's targets for quoted attributions (direct quotes F1 and speaker accuracy at
 * least 0.90). The all-attributions target (F1 0.75) is not met yet (0.7375, see
 * docs/EVALUATION.md); the test holds the measured level so that a change cannot lose it unseen.
 */
@Tag("long")
class QuoteEvaluationLongTest {

  /** Issue #3: direct quotes F1 and speaker accuracy. */
  private static final double QUOTED_TARGET = 0.90;

  /** The all-attributions F1 measured on 2026-12-02 for {@code quotes@15} (0.7441) less about one and a half points: not the 0.75. */
  private static final double ALL_FLOOR = 0.73;

  @Test
  void run_polnearDev_quotedTargetsMetAndAllAttributionsHeld() {
    Optional<Path> dev = Fixtures.shared("eval/polnear/dev.jsonl");
    Assumptions.assumeTrue(dev.isPresent(), "skipped: ../shared/eval/polnear/dev.jsonl not found (gold data is not part of the project)");

    QuoteReport report = QuoteEvaluation.run(new QuoteOptions(dev.get(), 0, false));

    QuoteSystemResult dossier = report.systems().getFirst();
    assertThat(report.articles()).isEqualTo(84);
    assertThat(dossier.quoted().f1()).as("quoted F1").isGreaterThanOrEqualTo(QUOTED_TARGET);
    assertThat(dossier.quoted().speakerAccuracy()).as("quoted speaker accuracy").isGreaterThanOrEqualTo(QUOTED_TARGET);
    assertThat(dossier.all().f1()).as("all-attributions F1").isGreaterThanOrEqualTo(ALL_FLOOR);
  }
}
