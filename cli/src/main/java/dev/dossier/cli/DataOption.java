package dev.dossier.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option of every command that reads or writes the store. */
final class DataOption {

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "Data folder (default: ${DEFAULT-VALUE}).")
  Path dataDir;
}
