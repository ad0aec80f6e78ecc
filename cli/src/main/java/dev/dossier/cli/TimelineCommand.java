package dev.dossier.cli;

import dev.dossier.core.EventType;
import dev.dossier.engine.Engine;
import dev.dossier.store.EventInstance;
import dev.dossier.store.EventQuery;
import dev.dossier.store.StoredEvent;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = {
      "Events in date order, earliest first: each real-world event once, with how many sentences and articles mention it",
      "and the evidence sentences (up to --evidence of them). Undated events come last.",
      "--entity matches an actor (name, alias or id) or an actor's country."
    })
final class TimelineCommand implements Callable<Integer> {

  @Option(names = "--entity", paramLabel = "NAME", description = "Only events with this entity (or an actor of this country) as source or target.")
  String entity;

  @Option(names = "--type", paramLabel = "T", description = "Only events of this PLOVER type.")
  String type;

  @Option(names = "--from", paramLabel = "DATE", description = "Events on or after this day (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Events on or before this day (YYYY-MM-DD).")
  LocalDate to;

  @Option(names = "--limit", defaultValue = "100", description = "How many events (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--evidence", defaultValue = "3", paramLabel = "N", description = "Evidence sentences per event (default: ${DEFAULT-VALUE}).")
  int evidence;

  @Option(names = "--format", defaultValue = "human", description = "human, json or jsonl (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin DataOption data;

  @Spec CommandLine.Model.CommandSpec spec;

  private final Terminal terminal;

  TimelineCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    if (limit <= 0 || evidence < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit and --evidence must be at least 1, were " + limit + " and " + evidence);
    }
    EventType eventType = EventsCommand.parseType(spec, type);
    List<EventInstance> events;
    List<List<StoredEvent>> mentions = new ArrayList<>();
    try (Engine engine = Engine.open(data.dataDir)) {
      events = engine.events(new EventQuery(entity, eventType, from, to, false, limit, 0));
      for (EventInstance event : events) {
        mentions.add(engine.eventMentions(event.id(), evidence));
      }
    }
    PrintWriter out = terminal.out();
    switch (format) {
      case json -> {
        List<Map<String, Object>> json = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
          json.add(EventsCommand.json(events.get(i), mentions.get(i)));
        }
        out.println(Json.pretty(json));
      }
      case jsonl -> {
        for (int i = 0; i < events.size(); i++) {
          out.println(Json.line(EventsCommand.json(events.get(i), mentions.get(i))));
        }
      }
      case human -> {
        out.println(String.format(Locale.ROOT, "%,d event%s%s", events.size(), events.size() == 1 ? "" : "s", entity == null ? "" : " of " + entity));
        for (int i = 0; i < events.size(); i++) {
          out.println();
          EventsCommand.print(terminal, events.get(i), mentions.get(i));
        }
      }
    }
    out.flush();
    return 0;
  }
}
