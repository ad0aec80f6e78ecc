package dev.dossier.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Where the command line writes and how: stdout for results, stderr for progress and errors, with
 * ANSI styling only on a terminal.
 *
 * <p>Java compiled for release 21 cannot ask whether a stream is a terminal, so the {@code
 * dossier} launcher tells it through the system properties {@code dossier.stdout.tty} and {@code
 * dossier.stderr.tty}; without them output is plain. {@code NO_COLOR} turns styling off.
 */
final class Terminal {

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean outIsTty;
  private final boolean errIsTty;
  private final boolean color;

  Terminal(PrintWriter out, PrintWriter err, boolean outIsTty, boolean errIsTty) {
    this.out = out;
    this.err = err;
    this.outIsTty = outIsTty;
    this.errIsTty = errIsTty;
    this.color = outIsTty && System.getenv("NO_COLOR") == null;
  }

  static Terminal system(PrintWriter out, PrintWriter err) {
    return new Terminal(out, err, Boolean.getBoolean("dossier.stdout.tty"), Boolean.getBoolean("dossier.stderr.tty"));
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  boolean stderrIsTerminal() {
    return errIsTty;
  }

  boolean stdoutIsTerminal() {
    return outIsTty;
  }

  String bold(String text) {
    return color ? "\u001b[1m" + text + "\u001b[0m" : text;
  }

  String dim(String text) {
    return color ? "\u001b[2m" + text + "\u001b[0m" : text;
  }

  /** Matched words in search snippets: bold on a terminal, [bracketed] otherwise. */
  String highlight(String text) {
    return color ? "\u001b[1;33m" + text + "\u001b[0m" : "[" + text + "]";
  }

  /** An entity mention in running text: coloured by type on a terminal, [name/TYPE] otherwise. */
  String mention(String text, String type) {
    if (!color) {
      return "[" + text + "/" + type.substring(0, Math.min(3, type.length())).toUpperCase(Locale.ROOT) + "]";
    }
    String code = switch (type) {
      case "PERSON" -> "1;34";
      case "ORGANIZATION" -> "1;35";
      case "LOCATION" -> "1;32";
      default -> "1;36";
    };
    return "\u001b[" + code + "m" + text + "\u001b[0m";
  }
}
