package dev.dossier.cli;

import dev.dossier.engine.Engine;
import dev.dossier.store.Stats;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "stats", mixinStandardHelpOptions = true, description = "Summarise the store: articles, entities, dates, removals, ingest log, sizes.")
final class StatsCommand implements Callable<Integer> {

  @Option(names = "--format", defaultValue = "human", description = "human or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin DataOption data;

  private final Terminal terminal;

  StatsCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Stats stats;
    try (Engine engine = Engine.open(data.dataDir)) {
      stats = engine.stats();
    }
    if (format != Format.human) {
      terminal.out().println(Json.pretty(stats));
    } else {
      print(terminal, stats, data.dataDir.toString());
    }
    return 0;
  }

  static void print(Terminal terminal, Stats stats, String dataDir) {
    var out = terminal.out();
    out.println(terminal.bold("Dossier store") + " " + dataDir);
    out.println(String.format(Locale.ROOT, "  articles:   %,d%s", stats.articles(),
        stats.indexedArticles() == stats.articles() ? "" : String.format(Locale.ROOT, " (%,d in the search index)", stats.indexedArticles())));
    if (stats.firstPublished() != null) {
      out.println("  published:  " + stats.firstPublished() + " to " + stats.lastPublished());
    }
    long entities = stats.entitiesByType().values().stream().mapToLong(Long::longValue).sum();
    out.println(String.format(Locale.ROOT, "  entities:   %,d (%s)", entities, counts(stats.entitiesByType())));
    out.println(String.format(Locale.ROOT, "  mentions:   %,d", stats.mentions()));
    out.println(String.format(Locale.ROOT, "  dates:      %,d", stats.dates()));
    long removals = stats.removalsByReason().values().stream().mapToLong(Long::longValue).sum();
    out.println(String.format(Locale.ROOT, "  removed:    %,d spans (%s)", removals, counts(stats.removalsByReason())));
    if (!stats.sources().isEmpty()) {
      out.println("  sources:    " + counts(stats.sources()));
    }
    out.println("  ingest log: " + counts(stats.logByStatus()));
    if (!stats.rejectionsByCode().isEmpty()) {
      out.println("  rejected:   " + counts(stats.rejectionsByCode()));
    }
    out.println(String.format(Locale.ROOT, "  on disk:    %.1f MB index, %.1f MB database", stats.indexBytes() / 1e6, stats.databaseBytes() / 1e6));
  }

  private static <K> String counts(Map<K, Long> counts) {
    if (counts.isEmpty()) {
      return "none";
    }
    return counts.entrySet().stream()
        .sorted(Map.Entry.<K, Long>comparingByValue().reversed())
        .limit(8)
        .map(e -> String.valueOf(e.getKey()).toLowerCase(Locale.ROOT) + " " + String.format(Locale.ROOT, "%,d", e.getValue()))
        .collect(Collectors.joining(", "));
  }
}
