package dev.dossier.cli;

import dev.dossier.core.EntityType;
import dev.dossier.engine.Engine;
import dev.dossier.store.EntitySummary;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "entities", mixinStandardHelpOptions = true, description = "List the most mentioned entities, by the number of articles mentioning them.")
final class EntitiesCommand implements Callable<Integer> {

  @Option(names = "--type", paramLabel = "TYPE", description = "PERSON, ORGANIZATION, LOCATION or MISC.")
  String type;

  @Option(names = "--top", defaultValue = "20", description = "How many (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--format", defaultValue = "human", description = "human, json or jsonl (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin DataOption data;

  private final Terminal terminal;

  EntitiesCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    EntityType entityType = type == null ? null : Main.parseType(type);
    List<EntitySummary> entities;
    try (Engine engine = Engine.open(data.dataDir)) {
      entities = engine.entities(entityType, top);
    }
    switch (format) {
      case json -> terminal.out().println(Json.pretty(entities));
      case jsonl -> entities.forEach(e -> terminal.out().println(Json.line(e)));
      case human -> {
        terminal.out().println(terminal.bold(String.format(Locale.ROOT, "%-40s %-13s %8s %8s  %s", "NAME", "TYPE", "ARTICLES", "MENTIONS", "ID")));
        for (EntitySummary entity : entities) {
          terminal.out().println(String.format(Locale.ROOT, "%-40s %-13s %,8d %,8d  %s", entity.name(), entity.type(), entity.articles(), entity.mentions(), terminal.dim(entity.id())));
        }
      }
    }
    return 0;
  }
}
