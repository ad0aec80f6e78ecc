package dev.dossier.cli;

import dev.dossier.core.DossierException;
import dev.dossier.core.EntityType;
import dev.dossier.core.ErrorCode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dossier} command line. Every command calls the engine only; this package parses
 * arguments and renders results for people ({@code --format human}) or programs ({@code json},
 * {@code jsonl}).
 *
 * <p>Exit codes: 0 success, 1 an error stopped the command, 2 bad usage, 3 some inputs were
 * rejected (the rest were processed).
 */
@Command(
    name = "dossier",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Dossier turns a stream of news into a searchable, linked record: who, said what, did what to whom, and what is recycled.",
      "",
      "Data lives in a folder (--data, default ./data): a Lucene index and a SQLite database."
    },
    commandListHeading = "%nCommands:%n",
    footer = {"", "Run 'dossier COMMAND --help' for a command's options. Start with 'dossier demo'."})
public final class Main {

  static final int EXIT_ERROR = 1;

  /**
   * Lucene suggests the incubating vector module on every start; Dossier's index holds no vectors,
   * so the advice is noise for its users. Held here so the logger (and its level) is not collected.
   */
  private static final Logger LUCENE_VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");
  static final int EXIT_REJECTED = 3;

  private Main() {}

  public static void main(String[] args) {
    LUCENE_VECTORIZATION.setLevel(Level.SEVERE);
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(Terminal.system(out, err), args));
  }

  /** Runs one command line and returns its exit code; never calls {@code System.exit}. */
  static int run(Terminal terminal, String... args) {
    CommandLine commandLine = commandLine(terminal);
    return commandLine.execute(args);
  }

  static CommandLine commandLine(Terminal terminal) {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.addSubcommand(new IngestCommand(terminal));
    commandLine.addSubcommand(new AnalyzeCommand(terminal));
    commandLine.addSubcommand(new SearchCommand(terminal));
    commandLine.addSubcommand(new ShowCommand(terminal));
    commandLine.addSubcommand(new EntitiesCommand(terminal));
    commandLine.addSubcommand(new CommandLine(new EntityCommand(terminal))
        .addSubcommand(new CurationCommands.Merge())
        .addSubcommand(new CurationCommands.Split())
        .addSubcommand(new CurationCommands.Rename())
        .addSubcommand(new CurationCommands.Retype())
        .addSubcommand(new CurationCommands.Delete())
        .addSubcommand(new CurationCommands.Log()));
    commandLine.addSubcommand(new SanctionsCommand(terminal));
    commandLine.addSubcommand(new ExportCommand(terminal));
    commandLine.addSubcommand(new ResolveCommand(terminal));
    commandLine.addSubcommand(new QuotesCommand(terminal));
    commandLine.addSubcommand(new EventsCommand(terminal));
    commandLine.addSubcommand(new TimelineCommand(terminal));
    commandLine.addSubcommand(new StatsCommand(terminal));
    commandLine.addSubcommand(new StoriesCommand(terminal));
    commandLine.addSubcommand(new StoryCommand(terminal));
    commandLine.addSubcommand(new ServeCommand(terminal));
    commandLine.addSubcommand(new DemoCommand(terminal));
    commandLine.addSubcommand(new CommandLine(new EvalCommand(terminal))
        .addSubcommand(new EvalCommand.Ner(terminal))
        .addSubcommand(new EvalCommand.Quotes(terminal))
        .addSubcommand(new EvalCommand.Cues(terminal))
        .addSubcommand(new EvalCommand.NominalCues(terminal))
        .addSubcommand(new EvalCommand.Keep(terminal))
        .addSubcommand(new EvalCommand.Entities(terminal))
        .addSubcommand(new EvalCommand.Stories(terminal))
        .addSubcommand(new EvalCommand.Reuse(terminal))
        .addSubcommand(new EvalCommand.Events(terminal)));
    commandLine.addSubcommand(new BenchCommand(terminal));
    commandLine.setOut(terminal.out());
    commandLine.setErr(terminal.err());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setUsageHelpAutoWidth(true);
    commandLine.registerConverter(LocalDate.class, Main::parseDate);
    commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
      terminal.out().flush();
      if (exception instanceof DossierException dossier) {
        terminal.err().println(cmd.getCommandSpec().qualifiedName() + ": " + dossier.userMessage());
      } else {
        terminal.err().println(cmd.getCommandSpec().qualifiedName() + ": unexpected error: " + exception);
        if (Boolean.getBoolean("dossier.debug")) {
          exception.printStackTrace(terminal.err());
        } else {
          terminal.err().println("(run with JAVA_OPTS=-Ddossier.debug=true for the stack trace)");
        }
      }
      terminal.err().flush();
      return EXIT_ERROR;
    });
    return commandLine;
  }

  static LocalDate parseDate(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a date: expected YYYY-MM-DD");
    }
  }

  static EntityType parseType(String value) {
    try {
      return EntityType.parse(value);
    } catch (IllegalArgumentException e) {
      throw new DossierException(ErrorCode.BAD_ARGUMENT, e.getMessage());
    }
  }

  /** The version from the jar manifest, when run from a jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"dossier " + (version == null ? "(development build)" : version), "Java " + System.getProperty("java.version")};
    }
  }
}
