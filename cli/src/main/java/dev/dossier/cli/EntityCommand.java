package dev.dossier.cli;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.engine.Engine;
import dev.dossier.engine.EntityReport;
import dev.dossier.store.EntityProfile;
import dev.dossier.store.EventInstance;
import dev.dossier.store.EventQuery;
import dev.dossier.store.StoredQuote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "entity",
    mixinStandardHelpOptions = true,
    description = {
      "Profile an entity: canonical name, type, knowledge-base id, aliases, articles, mentions per month, top co-mentioned entities, sanctions hits,",
      "what it said and what others said about it, and the events it took part in (newest first, each real-world event once).",
      "Correct one with the subcommands; every correction is logged (who, when, why) and replayed on later ingests and rebuilds."
    },
    commandListHeading = "%nCorrections:%n")
final class EntityCommand implements Callable<Integer> {

  @Parameters(paramLabel = "NAME", arity = "0..1", description = "Canonical name, alias or id, in any case (\"Trump\", \"CIA\", person:donald-trump).")
  String name;

  @Option(names = "--format", defaultValue = "human", description = "human or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin DataOption data;

  private final Terminal terminal;

  EntityCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  /** How many quotes by and about the entity the profile lists. */
  static final int QUOTES = 10;

  /** How many of the entity's events the profile lists. */
  static final int EVENTS = 10;

  Terminal terminal() {
    return terminal;
  }

  @Override
  public Integer call() {
    if (name == null) {
      throw new DossierException(ErrorCode.BAD_ARGUMENT, "name an entity (dossier entity NAME) or a correction (dossier entity --help)");
    }
    List<EntityReport> profiles;
    Map<String, List<StoredQuote>> said = new HashMap<>();
    Map<String, List<StoredQuote>> about = new HashMap<>();
    Map<String, List<EventInstance>> events = new HashMap<>();
    try (Engine engine = Engine.open(data.dataDir)) {
      profiles = engine.entityReports(name);
      for (EntityReport report : profiles) {
        String id = report.profile().id();
        said.put(id, engine.quotesBy(id, QUOTES));
        about.put(id, engine.quotesAbout(id, QUOTES));
        events.put(id, engine.events(new EventQuery(id, null, null, null, true, EVENTS, 0)));
      }
    }
    if (profiles.isEmpty()) {
      throw new DossierException(ErrorCode.NOT_FOUND, "no entity named '" + name + "' in " + data.dataDir + " (try: dossier entities, or dossier search " + name + ")");
    }
    if (format != Format.human) {
      List<Map<String, Object>> json = new ArrayList<>();
      for (EntityReport report : profiles) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("report", report);
        node.put("said", said.get(report.profile().id()).stream().map(QuotesCommand::json).toList());
        node.put("saidAbout", about.get(report.profile().id()).stream().map(QuotesCommand::json).toList());
        node.put("events", events.get(report.profile().id()).stream().map(event -> EventsCommand.json(event, List.of())).toList());
        json.add(node);
      }
      terminal.out().println(Json.pretty(json));
      return 0;
    }
    for (EntityReport report : profiles) {
      print(report);
      printQuotes("said", said.get(report.profile().id()));
      printQuotes("said about it", about.get(report.profile().id()));
      printEvents(events.get(report.profile().id()));
      terminal.out().println();
    }
    return 0;
  }

  private void print(EntityReport report) {
    var out = terminal.out();
    EntityProfile profile = report.profile();
    out.println(terminal.bold(profile.name()) + "  " + profile.type() + "  " + terminal.dim(profile.id()) + (report.kbId() == null ? "" : "  " + terminal.dim(report.kbId())));
    if (!report.related().isEmpty()) {
      out.println("  known as:    " + String.join("; ", report.related()));
    }
    if (!profile.aliases().isEmpty()) {
      out.println("  also:        " + String.join(", ", profile.aliases()));
    }
    out.println(String.format(Locale.ROOT, "  articles:    %,d (%,d mentions)", profile.articles(), profile.mentions()));
    out.println("  first seen:  " + (profile.firstSeen() == null ? "undated" : profile.firstSeen()));
    out.println("  last seen:   " + (profile.lastSeen() == null ? "undated" : profile.lastSeen()));
    if (!profile.coMentioned().isEmpty()) {
      out.println("  with:        " + profile.coMentioned().stream()
          .map(c -> c.name() + " (" + c.sharedArticles() + ")")
          .collect(Collectors.joining(", ")));
    }
    if (!report.mentionsPerMonth().isEmpty()) {
      out.println("  per month:   " + report.mentionsPerMonth().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    }
    if (!report.sanctions().isEmpty()) {
      out.println("  sanctions:");
      report.sanctions().stream().map(row -> row.hit().list() + " #" + row.hit().entry() + " " + row.hit().name() + " [" + String.join(", ", row.hit().programs()) + "]")
          .distinct().forEach(line -> out.println("    " + line));
      for (var row : report.sanctions()) {
        out.println(String.format(Locale.ROOT, "    %.2f  %s  %s", row.hit().score(), terminal.dim(row.articleId()), row.hit().evidence()));
      }
    }
    if (!profile.recentArticles().isEmpty()) {
      out.println("  articles:");
      for (EntityProfile.ArticleRef ref : profile.recentArticles()) {
        out.println("    " + (ref.published() == null ? "undated   " : ref.published()) + "  " + ref.title() + "  " + terminal.dim(ref.id()));
      }
    }
  }

  private void printEvents(List<EventInstance> events) {
    if (events.isEmpty()) {
      return;
    }
    terminal.out().println("  events:");
    for (EventInstance event : events) {
      EventsCommand.print(terminal, event, event.evidence() == null ? List.of() : List.of(event.evidence()));
    }
  }

  private void printQuotes(String title, List<StoredQuote> quotes) {
    if (quotes.isEmpty()) {
      return;
    }
    terminal.out().println("  " + title + ":");
    for (StoredQuote quote : quotes) {
      QuotesCommand.print(terminal, quote);
    }
  }
}
