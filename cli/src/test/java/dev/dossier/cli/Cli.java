package dev.dossier.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command line in-process and captures what it prints. */
final class Cli {

  /** The repository root, where the demo corpus lives. */
  static final Path REPOSITORY = findRepository();

  record Result(int exitCode, String out, String err) {}

  private Cli() {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Terminal terminal = new Terminal(new PrintWriter(out, true), new PrintWriter(err, true), false, false);
    String previous = System.getProperty("dossier.home");
    System.setProperty("dossier.home", REPOSITORY.toString());
    try {
      int code = Main.run(terminal, args);
      return new Result(code, out.toString(), err.toString());
    } finally {
      if (previous == null) {
        System.clearProperty("dossier.home");
      } else {
        System.setProperty("dossier.home", previous);
      }
    }
  }

  static Path demo(String file) {
    return REPOSITORY.resolve("demo").resolve(file);
  }

  private static Path findRepository() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("demo/seeds.jsonl"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("cannot find the repository root (a folder with demo/seeds.jsonl) above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }
}
