package dev.dossier.eval.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.eval.Fixtures;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The spinning benchmark at its default size (about a minute). Runs with {@code -Plong} where
 * {@code ../shared/corpus/reuters21578/reuters21578.jsonl} exists; the corpus is research-only and
 * never part of the project.
 */
@Tag("long")
class SpinBenchmarkLongTest {

  @Test
  void run_defaultBenchmark_meetsTheReuseTargets() {
    Optional<Path> reuters = Fixtures.shared("corpus/reuters21578/reuters21578.jsonl");
    Assumptions.assumeTrue(reuters.isPresent(), "skipped: ../shared/corpus/reuters21578/reuters21578.jsonl not found (research-only corpus, not part of the project)");

    SpinReport report = SpinBenchmark.run(new SpinBenchmark.Options(reuters.get(), 400, 600, 500, 1, 0.35));

    assertThat(report.counts().precision()).as(report.toTable()).isGreaterThanOrEqualTo(0.95);
    assertThat(report.counts().recall()).as(report.toTable()).isGreaterThanOrEqualTo(0.95);
  }
}
