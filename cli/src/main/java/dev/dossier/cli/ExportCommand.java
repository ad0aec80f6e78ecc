package dev.dossier.cli;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.engine.Engine;
import dev.dossier.engine.Exporter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export the resolved entities and how they relate: GraphML for Gephi (co-mention graph with knowledge-base relations),",
      "FollowTheMoney JSON lines for Aleph and OpenSanctions tools (Person, Organization, Address, Sanction, UnknownLink),",
      "or CSV (csv: one row per entity; csv-edges: one row per pair of co-mentioned entities)."
    })
final class ExportCommand implements Callable<Integer> {

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "graphml, ftm, csv or csv-edges.")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file (default: standard output).")
  Path output;

  @Mixin DataOption data;

  private final Terminal terminal;

  ExportCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Exporter.Format parsed;
    try {
      parsed = Exporter.Format.parse(format);
    } catch (IllegalArgumentException e) {
      throw new DossierException(ErrorCode.BAD_ARGUMENT, e.getMessage());
    }
    try (Engine engine = Engine.open(data.dataDir)) {
      if (output == null) {
        engine.export(parsed, terminal.out());
      } else {
        try (Writer out = new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8)) {
          engine.export(parsed, out);
        }
        terminal.err().println("exported to " + output);
      }
    } catch (IOException e) {
      throw new DossierException(ErrorCode.UNREADABLE_INPUT, "cannot write " + (output == null ? "the export" : output) + ": " + e.getMessage(), e);
    }
    return 0;
  }
}
