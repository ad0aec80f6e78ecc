package dev.dossier.bench;

import dev.dossier.core.DossierException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the benchmark from the command line until {@code dossier bench} wires it into the CLI:
 *
 * <pre>
 * java -Xmx3g -XX:+UseParallelGC -cp CLASSPATH dev.dossier.bench.BenchMain --corpus FILE --limit N [--threads T] [--warmup W] [--format json]
 * </pre>
 *
 * <p>The heap and GC options given here are passed on to both systems' JVMs. Prints the report on
 * standard output; progress and errors go to standard error. Exit status: 0 done, 1 failed, 2 bad
 * usage.
 */
public final class BenchMain {

  static final String USAGE = "usage: BenchMain --corpus FILE --limit N [--threads T] [--warmup W] [--format table|json]";

  private BenchMain() {}

  public static void main(String[] args) {
    System.exit(run(List.of(args), System.out, System.err));
  }

  static int run(List<String> args, PrintStream out, PrintStream err) {
    Path corpus = null;
    int limit = 0;
    int threads = Runtime.getRuntime().availableProcessors();
    int warmup = BenchOptions.DEFAULT_WARMUP;
    boolean json = false;
    try {
      for (int i = 0; i < args.size(); i++) {
        switch (args.get(i)) {
          case "--corpus" -> corpus = Path.of(value(args, ++i));
          case "--limit" -> limit = number(args, ++i);
          case "--threads" -> threads = number(args, ++i);
          case "--warmup" -> warmup = number(args, ++i);
          case "--format" -> json = format(value(args, ++i));
          default -> throw new IllegalArgumentException("unknown option '" + args.get(i) + "'");
        }
      }
      if (corpus == null) {
        throw new IllegalArgumentException("--corpus FILE is required");
      }
      BenchOptions options = new BenchOptions(corpus, limit, threads, warmup);
      err.printf("bench: %d articles of %s, %d thread(s), each system in its own JVM...%n", limit, corpus, threads);
      BenchReport report = PipelineBenchmark.run(options);
      out.print(json ? report.toJson() + System.lineSeparator() : report.toTable());
      return 0;
    } catch (DossierException e) {
      err.println("bench: " + e.userMessage());
      return 1;
    } catch (IllegalStateException e) {
      err.println("bench: " + e.getMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      err.println("bench: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
  }

  private static String value(List<String> args, int i) {
    if (i >= args.size()) {
      throw new IllegalArgumentException(args.get(i - 1) + " needs a value");
    }
    return args.get(i);
  }

  private static int number(List<String> args, int i) {
    String value = value(args, i);
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(args.get(i - 1) + " needs a whole number, not '" + value + "'");
    }
  }

  private static boolean format(String value) {
    return switch (value) {
      case "json" -> true;
      case "table" -> false;
      default -> throw new IllegalArgumentException("--format must be table or json, was '" + value + "'");
    };
  }
}
