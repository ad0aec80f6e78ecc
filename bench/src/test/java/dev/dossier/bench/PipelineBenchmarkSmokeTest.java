package dev.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.bench.jmh.Seeds;
import dev.dossier.core.Article;
import dev.dossier.core.Stage;
import dev.dossier.nlp.NlpPipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the whole benchmark, both child JVMs included, on four articles made from the seeds. No
 * timing is asserted: speed is measured in docs/PERFORMANCE.md, not in tests.
 */
class PipelineBenchmarkSmokeTest {

  @TempDir static Path dir;

  private static BenchReport report;

  @BeforeAll
  static void benchmarkSeedArticles() throws IOException {
    Path corpus = dir.resolve("seeds.jsonl");
    Files.write(corpus, seedLines());
    report = PipelineBenchmark.run(new BenchOptions(corpus, 4, 1, 1));
  }

  /** Each seed whole, then each seed's first three paragraphs as an article of its own. */
  private static List<String> seedLines() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (boolean whole : new boolean[] {true, false}) {
      for (String name : Seeds.NAMES) {
        Article seed = Seeds.article(name);
        String text = whole ? seed.text() : String.join("\n\n", List.of(seed.text().split("\n\n")).subList(0, 3));
        ObjectNode line = json.createObjectNode()
            .put("id", name + (whole ? "" : "-lead"))
            .put("title", seed.title())
            .put("published", seed.published().toString())
            .put("text", text);
        lines.add(json.writeValueAsString(line));
      }
    }
    return lines;
  }

  @Test
  void run_seedArticles_bothSystemsProcessEveryArticle() {
    for (SystemRun run : List.of(report.dossier(), report.corenlp())) {
      assertThat(run.articles()).isEqualTo(4);
      assertThat(run.failed()).isZero();
      assertThat(run.rejected()).isZero();
      assertThat(run.warmup()).isEqualTo(1);
      assertThat(run.workerCpuSeconds()).isPositive();
      assertThat(run.tokensPerCoreSecond()).isPositive();
    }
  }

  @Test
  void run_seedArticles_tokensCountedAlikeForBoth() {
    assertThat(report.dossier().tokens()).isEqualTo(report.corenlp().tokens()).isGreaterThan(1_000);
  }

  @Test
  void run_seedArticles_heapFiguresConsistent() {
    for (SystemRun run : List.of(report.dossier(), report.corenlp())) {
      assertThat(run.heapAfterLoadBytes()).isPositive();
      assertThat(run.peakHeapBytes()).isGreaterThanOrEqualTo(run.heapAfterLoadBytes());
      assertThat(run.maxHeapBytes()).isGreaterThanOrEqualTo(run.peakHeapBytes());
    }
  }

  @Test
  void run_dossier_sharesOfEveryStageAddUpToOne() {
    List<String> standardStages = NlpPipeline.standard().stages().stream().map(Stage::name).toList();
    assertThat(report.dossier().stages()).extracting(StageShare::stage).containsExactlyElementsOf(standardStages);
    assertThat(report.dossier().stages().stream().mapToDouble(StageShare::share).sum()).isCloseTo(1.0, within(1e-9));
    assertThat(report.corenlp().stages()).isEmpty();
  }

  @Test
  void run_children_inheritHeapOptions() {
    assertThat(report.dossier().jvmArguments()).containsAll(report.machine().childJvmArguments());
    assertThat(report.dossier().maxHeapBytes()).isEqualTo(report.corenlp().maxHeapBytes());
  }

  @Test
  void toTable_report_sideBySideWithRatioAndStages() {
    assertThat(report.toTable())
        .contains("Dossier", "CoreNLP default", "tokens/s per core", "peak heap used, MB", "Speed-up", "warm-up")
        .contains("mentions", "ms/article");
  }

  @Test
  void toJson_report_roundTrips() {
    BenchReport read = BenchReport.fromJson(report.toJson());

    assertThat(read).isEqualTo(report);
    assertThat(report.toJson()).contains("\"tokensPerCoreSecond\"", "\"speedUp\"");
  }
}
