package dev.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalMainTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return EvalMain.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void run_noSubcommand_usageAndExitTwo() {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
  }

  @Test
  void run_missingConllOption_exitTwo() {
    assertThat(run("ner", "--limit", "3")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--conll FILE is required");
  }

  @Test
  void run_limitNotANumber_exitTwo() {
    assertThat(run("ner", "--conll", "x.txt", "--limit", "all")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--limit needs a whole number, not 'all'");
  }

  @Test
  void run_malformedFile_oneLineErrorWithFileLineAndCode(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.conll");
    Files.writeString(file, "-DOCSTART- -X- -X- O\n\nPompeo NNP B-NP B-PER\ntold VBD\n");

    int code = run("ner", "--conll", file.toString(), "--no-baseline");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8).strip())
        .startsWith("eval ner: " + file + ":4: malformed CoNLL line")
        .endsWith("[E101]")
        .doesNotContain("\n");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
