package dev.dossier.cli;

import dev.dossier.core.DossierException;
import dev.dossier.core.EntityType;
import dev.dossier.core.ErrorCode;
import dev.dossier.core.EventType;
import dev.dossier.core.Speaker;
import dev.dossier.engine.Engine;
import dev.dossier.engine.IngestReport;
import dev.dossier.ingest.IngestOptions;
import dev.dossier.store.EntityProfile;
import dev.dossier.store.EntitySummary;
import dev.dossier.store.EventInstance;
import dev.dossier.store.EventQuery;
import dev.dossier.store.QuoteQuery;
import dev.dossier.store.SearchQuery;
import dev.dossier.store.SearchResult;
import dev.dossier.store.StoredQuote;
import dev.dossier.store.StorySummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Ingest the bundled demo corpus (two seed news articles and the Mueller report) and tour what Dossier found.",
      "Running it again changes nothing: the articles are already stored."
    })
final class DemoCommand implements Callable<Integer> {

  @Mixin DataOption data;

  private final Terminal terminal;

  DemoCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  /** The demo corpus: next to the launcher ({@code dossier.home}), else under the working directory. */
  static Path demoDir() {
    String home = System.getProperty("dossier.home");
    Path dir = home == null ? Path.of("demo") : Path.of(home, "demo");
    if (!Files.isRegularFile(dir.resolve("seeds.jsonl"))) {
      throw new DossierException(ErrorCode.NOT_FOUND, "demo corpus not found at " + dir.toAbsolutePath() + " (run ./dossier from the repository, or set -Ddossier.home)");
    }
    return dir;
  }

  @Override
  public Integer call() {
    Path demo = demoDir();
    List<String> inputs = List.of(demo.resolve("seeds.jsonl").toString(), demo.resolve("mueller-report.jsonl").toString());
    var out = terminal.out();
    out.println(terminal.bold("Dossier demo") + ": two seed news articles and the Mueller report (" + demo + ") into " + data.dataDir);
    out.flush();
    IngestProgress progress = new IngestProgress(terminal);
    try (Engine engine = Engine.open(data.dataDir)) {
      IngestReport report;
      try {
        report = engine.ingest(inputs, IngestOptions.NONE, progress);
      } finally {
        progress.finish();
      }
      IngestCommand.printSummary(terminal, report, data.dataDir.toString());
      out.println();
      tour(engine);
      return report.rejected() > 0 ? Main.EXIT_REJECTED : 0;
    }
  }

  private void tour(Engine engine) {
    var out = terminal.out();
    StatsCommand.print(terminal, engine.stats(), data.dataDir.toString());
    out.println();
    out.println(terminal.bold("Most mentioned"));
    for (EntityType type : EntityType.values()) {
      List<EntitySummary> top = engine.entities(type, 6);
      if (!top.isEmpty()) {
        out.println(String.format(Locale.ROOT, "  %-13s %s", type.name().toLowerCase(Locale.ROOT) + ":",
            top.stream().map(e -> e.name() + " (" + e.articles() + ")").collect(Collectors.joining(", "))));
      }
    }
    out.println();
    List<EntityProfile> resolved = engine.entities(null, 60).stream()
        .flatMap(e -> engine.entity(e.id()).stream())
        .filter(p -> !p.aliases().isEmpty())
        .limit(6)
        .toList();
    if (!resolved.isEmpty()) {
      out.println(terminal.bold("Names resolved to one entity"));
      for (EntityProfile profile : resolved) {
        List<String> aliases = profile.aliases().stream().limit(5).toList();
        out.println("  " + profile.name() + " \u2190 " + String.join(", ", aliases) + (profile.aliases().size() > aliases.size() ? ", ..." : ""));
      }
      out.println();
    }
    List<String> sanctioned = engine.sanctions(null).stream().map(row -> row.entityName()).distinct().limit(8).toList();
    if (!sanctioned.isEmpty()) {
      out.println(terminal.bold("On the sanctions list") + " (" + engine.sanctionsList() + ")");
      out.println("  " + String.join(", ", sanctioned) + " (dossier sanctions lists every hit with its evidence)");
      out.println();
    }
    String speaker = whoSaidWhat(engine);
    EventType commonType = whatHappened(engine);
    List<StorySummary> stories = engine.stories(null, null, 1_000);
    if (!stories.isEmpty()) {
      StorySummary largest = stories.stream().max(Comparator.comparingInt(StorySummary::articles)).orElseThrow();
      out.println(terminal.bold("Stories") + ": " + stories.size() + "; the largest, " + largest.articles() + " articles, from \"" + largest.title() + "\"");
      out.println();
    }
    List<EntitySummary> people = engine.entities(EntityType.PERSON, 1);
    List<EntitySummary> places = engine.entities(EntityType.LOCATION, 1);
    out.println(terminal.bold("Try next"));
    if (!people.isEmpty()) {
      String person = people.get(0).name();
      out.println("  ./dossier entity \"" + person + "\"");
      SearchResult hits = engine.search(SearchQuery.of("").withEntities(person).withPage(1, 0));
      if (!hits.hits().isEmpty()) {
        out.println("  ./dossier show " + hits.hits().get(0).id());
      }
    }
    if (!places.isEmpty()) {
      out.println("  ./dossier search \"intelligence\" --entity \"" + places.get(0).name() + "\"");
    }
    if (speaker != null) {
      out.println("  ./dossier quotes --speaker \"" + speaker + "\"");
    }
    if (commonType != null) {
      out.println("  ./dossier events --type " + commonType.name());
    }
    if (!people.isEmpty()) {
      out.println("  ./dossier timeline --entity \"" + people.get(0).name() + "\"");
    }
    out.println("  ./dossier stories");
    out.println("  ./dossier entities --type ORGANIZATION");
    out.println("  ./dossier serve        # the web app on http://127.0.0.1:7070/");
    out.println("  ./dossier --help");
  }

  /** Prints the speakers quoted most often (by resolved entity) and returns the first one's name, or null. */
  private String whoSaidWhat(Engine engine) {
    List<StoredQuote> quotes = engine.quotes(new QuoteQuery(null, null, null, null, 100_000));
    Map<String, Long> bySpeaker = quotes.stream()
        .map(stored -> stored.quote().speaker())
        .filter(speaker -> speaker != null && speaker.entity() != null)
        .collect(Collectors.groupingBy(Speaker::entity, Collectors.counting()));
    if (bySpeaker.isEmpty()) {
      return null;
    }
    List<Map.Entry<String, Long>> top = bySpeaker.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(6)
        .toList();
    List<String> names = top.stream().map(entry -> engine.entity(entry.getKey()).stream().findFirst().map(EntityProfile::name).orElse(entry.getKey())).toList();
    var out = terminal.out();
    out.println(terminal.bold("Who said what") + String.format(Locale.ROOT, ": %,d quotes; most quoted", quotes.size()));
    List<String> counted = new ArrayList<>();
    for (int i = 0; i < top.size(); i++) {
      counted.add(names.get(i) + " (" + top.get(i).getValue() + ")");
    }
    out.println("  " + String.join(", ", counted));
    out.println();
    return names.getFirst();
  }

  /** Prints the events by type and returns the commonest type, or null when there is no event. */
  private EventType whatHappened(Engine engine) {
    List<EventInstance> events = engine.events(new EventQuery(null, null, null, null, false, 10_000, 0));
    if (events.isEmpty()) {
      return null;
    }
    Map<EventType, Long> byType = events.stream().collect(Collectors.groupingBy(EventInstance::type, Collectors.counting()));
    List<Map.Entry<EventType, Long>> ranked = byType.entrySet().stream()
        .sorted(Map.Entry.<EventType, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .toList();
    int mentions = events.stream().mapToInt(EventInstance::mentions).sum();
    var out = terminal.out();
    out.println(terminal.bold("What happened") + String.format(Locale.ROOT, ": %,d events in %,d mentions", events.size(), mentions));
    out.println("  " + ranked.stream().limit(8).map(entry -> entry.getKey().name() + " " + entry.getValue()).collect(Collectors.joining(", ")));
    out.println();
    return ranked.getFirst().getKey();
  }
}
