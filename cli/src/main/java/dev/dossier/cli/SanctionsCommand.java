package dev.dossier.cli;

import dev.dossier.engine.Engine;
import dev.dossier.store.SanctionsRow;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "sanctions",
    mixinStandardHelpOptions = true,
    description = {
      "List every sanctions hit in the corpus: the entity, the list entry and its programmes, the score and the article sentence as evidence.",
      "Screened against the bundled OFAC SDN snapshot (its date is in every hit); people by full name, a surname only with support."
    })
final class SanctionsCommand implements Callable<Integer> {

  @Parameters(paramLabel = "NAME", arity = "0..1", description = "Only this entity's hits (name, alias or id).")
  String name;

  @Option(names = "--format", defaultValue = "human", description = "human, json or jsonl (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin DataOption data;

  private final Terminal terminal;

  SanctionsCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    List<SanctionsRow> rows;
    try (Engine engine = Engine.open(data.dataDir)) {
      rows = engine.sanctions(name);
    }
    var out = terminal.out();
    switch (format) {
      case json -> out.println(Json.pretty(rows));
      case jsonl -> rows.forEach(row -> out.println(Json.line(row)));
      case human -> {
        if (rows.isEmpty()) {
          out.println("No sanctions hits" + (name == null ? "" : " for '" + name + "'") + ".");
        }
        // Grouped by entity, the entity with the surest hit first.
        java.util.Map<String, List<SanctionsRow>> byEntity = new java.util.LinkedHashMap<>();
        rows.forEach(row -> byEntity.computeIfAbsent(row.entityId() + "\u0000" + row.hit().entry(), k -> new java.util.ArrayList<>()).add(row));
        String entity = null;
        for (SanctionsRow row : byEntity.values().stream().flatMap(List::stream).toList()) {
          if (!(row.entityId() + "\u0000" + row.hit().entry()).equals(entity)) {
            entity = row.entityId() + "\u0000" + row.hit().entry();
            out.println(terminal.bold(row.entityName()) + "  " + terminal.dim(row.entityId()) + "  \u2192 " + row.hit().list() + " #" + row.hit().entry() + " "
                + row.hit().name() + " [" + String.join(", ", row.hit().programs()) + "]");
          }
          out.println(String.format(Locale.ROOT, "  %.2f  %s  %s", row.hit().score(), row.published() == null ? "undated   " : row.published(), terminal.dim(row.articleId())));
          out.println("        \"" + row.hit().evidence() + "\"");
          out.println("        " + terminal.dim(String.join("; ", row.hit().reasons())));
        }
      }
    }
    return 0;
  }
}
