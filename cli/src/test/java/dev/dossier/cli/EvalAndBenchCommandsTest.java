package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier eval} and {@code dossier bench} as a user calls them; the measurements themselves are tested in their modules. */
class EvalAndBenchCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Sentences of the seed articles annotated by hand in CoNLL-2003 format (see the eval module's Fixtures). */
  private static final Path SEED_CONLL = Cli.REPOSITORY.resolve("eval/src/test/resources/dev/dossier/eval/seeds-iob2.conll");

  @Test
  void evalNer_seedFixtureWithoutBaseline_scoresEveryGoldName() throws IOException {
    Cli.Result result = Cli.run("eval", "ner", "--conll", SEED_CONLL.toString(), "--no-baseline", "--format", "json");

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode report = JSON.readTree(result.out());
    assertThat(report.toString()).contains("\"gold\":63");
    assertThat(report.findValues("f1")).isNotEmpty().allSatisfy(f1 -> assertThat(f1.asDouble()).isBetween(0.0, 1.0));
  }

  @Test
  void evalNer_humanFormat_printsATableWithOverallF1() {
    Cli.Result result = Cli.run("eval", "ner", "--conll", SEED_CONLL.toString(), "--no-baseline");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("PER").contains("ORG").contains("LOC").contains("MISC").contains("F1");
  }

  @Test
  void evalNer_missingFile_failsNamingIt() {
    Cli.Result result = Cli.run("eval", "ner", "--conll", "no/such/valid.txt", "--no-baseline");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("no/such/valid.txt").containsPattern("\\[E\\d{3}]");
  }

  @Test
  void evalNer_malformedLine_failsWithOneLineNamingFileLineAndCode(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.conll");
    Files.writeString(file, "Pompeo NNP B-NP B-PER\ntold VBD\n");

    Cli.Result result = Cli.run("eval", "ner", "--conll", file.toString(), "--no-baseline");

    assertThat(result.exitCode()).isEqualTo(1);
    // The first line of stderr says what is being evaluated; the error is one line after it.
    assertThat(result.err().lines()).hasSize(2).last().asString()
        .startsWith("dossier eval ner: " + file + ":2: malformed CoNLL line").endsWith("[E101]");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void eval_withoutTask_isAUsageErrorNamingOne() {
    Cli.Result result = Cli.run("eval");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("dossier eval ner --conll FILE");
  }

  @Test
  void bench_missingCorpus_failsNamingIt() {
    Cli.Result result = Cli.run("bench", "--corpus", "no/such/corpus.jsonl", "--limit", "10");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("no/such/corpus.jsonl").contains("[E110]");
  }

  @Test
  void bench_zeroLimit_isAUsageError() {
    Cli.Result result = Cli.run("bench", "--corpus", Cli.demo("seeds.jsonl").toString(), "--limit", "0");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("limit must be at least 1");
  }

  @Test
  void benchRecycling_folderWithoutDatabase_failsNamingIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path empty) {
    Cli.Result result = Cli.run("bench", "--recycling", "--data", empty.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains(empty.toString()).contains("no dossier.db").contains("[E110]");
  }
}
