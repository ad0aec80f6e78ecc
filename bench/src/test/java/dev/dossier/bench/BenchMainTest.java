package dev.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchMainTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return BenchMain.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void run_noCorpus_usageAndExitTwo() {
    assertThat(run("--limit", "10")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--corpus FILE is required", "usage:");
  }

  @Test
  void run_zeroLimit_exitTwo() {
    assertThat(run("--corpus", "reuters.jsonl", "--limit", "0")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("limit must be at least 1");
  }

  @Test
  void run_missingCorpus_oneLineErrorWithCodeBeforeAnyJvmStarts() {
    assertThat(run("--corpus", "no-such-dir/reuters.jsonl", "--limit", "5")).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no-such-dir/reuters.jsonl: no such corpus file or directory [E110]");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void options_negativeWarmup_rejected() {
    assertThatThrownBy(() -> new BenchOptions(Path.of("x.jsonl"), 10, 1, -1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("warmup");
  }
}
