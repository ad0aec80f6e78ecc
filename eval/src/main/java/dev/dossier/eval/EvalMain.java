package dev.dossier.eval;

import dev.dossier.core.DossierException;
import dev.dossier.eval.ner.NerEvaluation;
import dev.dossier.eval.ner.NerOptions;
import dev.dossier.eval.ner.NerReport;
import dev.dossier.eval.quotes.QuoteEvaluation;
import dev.dossier.eval.quotes.QuoteOptions;
import dev.dossier.eval.quotes.QuoteReport;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs an evaluation from the command line until {@code dossier eval} wires it into the CLI:
 *
 * <pre>
 * java -cp CLASSPATH dev.dossier.eval.EvalMain ner --conll FILE [--limit N] [--no-baseline] [--format json]
 * java -Xmx8g -cp CLASSPATH dev.dossier.eval.EvalMain quotes --polnear FILE [--limit N] [--no-baseline] [--format json]
 * </pre>
 *
 * <p>Prints the report on standard output; errors go to standard error as one line with their
 * code. Exit status: 0 done, 1 failed, 2 bad usage.
 */
public final class EvalMain {

  static final String USAGE =
      "usage: EvalMain ner --conll FILE [--limit N] [--no-baseline] [--format table|json]\n"
          + "       EvalMain quotes --polnear FILE [--limit N] [--no-baseline] [--format table|json]";

  private EvalMain() {}

  public static void main(String[] args) {
    System.exit(run(List.of(args), System.out, System.err));
  }

  static int run(List<String> args, PrintStream out, PrintStream err) {
    Path conll = null;
    int limit = 0;
    boolean baseline = true;
    boolean json = false;
    if (!args.isEmpty() && args.get(0).equals("quotes")) {
      return quotes(args, out, err);
    }
    if (args.isEmpty() || !args.get(0).equals("ner")) {
      err.println(USAGE);
      return 2;
    }
    try {
      for (int i = 1; i < args.size(); i++) {
        switch (args.get(i)) {
          case "--conll" -> conll = Path.of(value(args, ++i));
          case "--limit" -> limit = number(args, ++i);
          case "--no-baseline" -> baseline = false;
          case "--format" -> json = format(value(args, ++i));
          default -> throw new IllegalArgumentException("unknown option '" + args.get(i) + "'");
        }
      }
      if (conll == null) {
        throw new IllegalArgumentException("--conll FILE is required");
      }
      NerOptions options = new NerOptions(conll, limit, baseline);
      NerReport report = NerEvaluation.run(options);
      out.print(json ? report.toJson() + System.lineSeparator() : report.toTable());
      return 0;
    } catch (DossierException e) {
      err.println("eval ner: " + e.userMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      err.println("eval ner: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
  }

  private static int quotes(List<String> args, PrintStream out, PrintStream err) {
    Path polnear = null;
    int limit = 0;
    boolean baseline = true;
    boolean json = false;
    try {
      for (int i = 1; i < args.size(); i++) {
        switch (args.get(i)) {
          case "--polnear" -> polnear = Path.of(value(args, ++i));
          case "--limit" -> limit = number(args, ++i);
          case "--no-baseline" -> baseline = false;
          case "--format" -> json = format(value(args, ++i));
          default -> throw new IllegalArgumentException("unknown option '" + args.get(i) + "'");
        }
      }
      if (polnear == null) {
        throw new IllegalArgumentException("--polnear FILE is required");
      }
      QuoteReport report = QuoteEvaluation.run(new QuoteOptions(polnear, limit, baseline));
      out.print(json ? report.toJson() + System.lineSeparator() : report.toTable());
      return 0;
    } catch (DossierException e) {
      err.println("eval quotes: " + e.userMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      err.println("eval quotes: " + e.getMessage());
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
