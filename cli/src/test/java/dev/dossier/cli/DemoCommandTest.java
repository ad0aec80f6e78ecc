package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

  @Test
  void demo_freshDataFolder_ingestsTheCorpusAndTours(@TempDir Path data) {
    Cli.Result result = Cli.run("demo", "--data", data.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("59 new, 0 updated, 0 unchanged, 0 rejected")
        .contains("articles:   59")
        .contains("Most mentioned")
        .contains("Names resolved to one entity")
        .contains("Russia \u2190")
        .contains("Who said what")
        .contains("What happened")
        .contains("./dossier quotes --speaker \"")
        .contains("./dossier entity \"");

    Cli.Result again = Cli.run("demo", "--data", data.toString());
    assertThat(again.out()).contains("0 new, 0 updated, 59 unchanged, 0 rejected");
  }
}
