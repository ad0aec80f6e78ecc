package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of {@code dossier ingest}: nothing committed is lost, and the next
 * run adds exactly what is missing, without duplicates.
 */
class KillDuringIngestTest {

  private static final Pattern STORED = Pattern.compile("ingest: [\\d,]+ read, ([\\d,]+) stored");

  @Test
  void ingest_killedAfterFirstCommit_nextRunCompletesWithoutDuplicates(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("corpus.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(Cli.demo("seeds.jsonl"), StandardCharsets.UTF_8));
    lines.addAll(Files.readAllLines(Cli.demo("mueller-report.jsonl"), StandardCharsets.UTF_8).subList(0, 24));
    Files.write(input, lines, StandardCharsets.UTF_8);
    Path data = dir.resolve("data");

    long storedBeforeKill = runUntilStoredThenKill(input, data);

    Cli.Result rerun = Cli.run("ingest", "--data", data.toString(), "--format", "json", input.toString());
    assertThat(rerun.exitCode()).as(rerun.err()).isZero();
    JsonNode summary = new ObjectMapper().readTree(rerun.out());
    assertThat(summary.get("unchanged").asLong()).isGreaterThanOrEqualTo(storedBeforeKill);
    assertThat(summary.get("ingested").asLong() + summary.get("unchanged").asLong()).isEqualTo(lines.size());
    assertThat(summary.get("updated").asLong()).isZero();

    JsonNode stats = new ObjectMapper().readTree(Cli.run("stats", "--data", data.toString(), "--format", "json").out());
    assertThat(stats.get("articles").asLong()).isEqualTo(lines.size());
    assertThat(stats.get("indexedArticles").asLong()).isEqualTo(lines.size());
    Cli.Result search = Cli.run("search", "--data", data.toString(), "--limit", "0", "");
    assertThat(search.out()).contains(lines.size() + " matching articles");
  }

  /** Starts the CLI in a child JVM, waits until it reports a committed batch, and kills it with SIGKILL. */
  private static long runUntilStoredThenKill(Path input, Path data) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder = new ProcessBuilder(
        java, "-Xmx2g", "-cp", System.getProperty("java.class.path"), "-Ddossier.home=" + Cli.REPOSITORY,
        "dev.dossier.cli.Main", "ingest", "--data", data.toString(), input.toString());
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process child = builder.start();
    long stored = 0;
    try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = err.readLine()) != null) {
        Matcher matcher = STORED.matcher(line);
        if (matcher.find() && (stored = Long.parseLong(matcher.group(1).replace(",", ""))) > 0) {
          break;
        }
      }
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(stored).as("the child committed a batch before it was killed").isPositive();
    return stored;
  }
}
