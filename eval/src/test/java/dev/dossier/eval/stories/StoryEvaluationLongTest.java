package dev.dossier.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.eval.Fixtures;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Story clustering on ECB+ dev (about three minutes). Runs with {@code -Plong} where {@code
 * ../shared/eval/ecbplus/ecbplus_dev_docs.jsonl} exists; the gold data is never part of the
 * project.
 */
@Tag("long")
class StoryEvaluationLongTest {

  @Test
  void run_ecbDev_dossierSeparatesEventsBetterThanTopics() {
    Optional<Path> dev = Fixtures.shared("eval/ecbplus/ecbplus_dev_docs.jsonl");
    Assumptions.assumeTrue(dev.isPresent(), "skipped: ../shared/eval/ecbplus/ecbplus_dev_docs.jsonl not found (gold data is not part of the project)");

    StoryReport report = StoryEvaluation.run(new StoryEvaluation.Options(dev.get(), 3, 1, Runtime.getRuntime().availableProcessors(), null, true));

    StoryReport.SystemScores dossier = report.systems().getFirst();
    StoryReport.SystemScores topics = report.systems().getLast();
    assertThat(report.documents()).isEqualTo(496);
    assertThat(report.stories()).isEqualTo(42);
    assertThat(dossier.mean().f1()).as(report.toTable()).isGreaterThan(topics.mean().f1() + 0.1);
    assertThat(dossier.mean().precision()).as(report.toTable()).isGreaterThan(0.8);
  }
}
