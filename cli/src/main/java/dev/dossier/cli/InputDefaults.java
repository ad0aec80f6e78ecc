package dev.dossier.cli;

import dev.dossier.ingest.IngestOptions;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --published} and {@code --source}: metadata for inputs that carry none. */
final class InputDefaults {

  @Option(names = "--published", paramLabel = "DATE", description = "Publication date (YYYY-MM-DD) for inputs that give none.")
  LocalDate published;

  @Option(names = "--source", paramLabel = "NAME", description = "Source or outlet name for inputs that give none.")
  String source;

  IngestOptions toOptions() {
    return new IngestOptions(published, source);
  }
}
