package dev.dossier.cli;

import dev.dossier.core.Event;
import dev.dossier.core.EventActor;
import dev.dossier.core.EventType;
import dev.dossier.engine.Engine;
import dev.dossier.store.EventInstance;
import dev.dossier.store.EventQuery;
import dev.dossier.store.StoredEvent;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "List who did what to whom: stored events (PLOVER types with CAMEO codes), each real-world event once however many",
      "articles report it, with its evidence sentence, its mention count, negation, hedging and who reports it. Newest first.",
      "--entity matches an actor (name, alias or id, as 'dossier entity' does) or an actor's country."
    })
final class EventsCommand implements Callable<Integer> {

  @Option(names = "--type", paramLabel = "T", description = "Only events of this PLOVER type (CONSULT, ACCUSE, REJECT, ASSAULT, ...).")
  String type;

  @Option(names = "--entity", paramLabel = "NAME", description = "Only events with this entity (or an actor of this country) as source or target.")
  String entity;

  @Option(names = "--from", paramLabel = "DATE", description = "Events on or after this day (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Events on or before this day (YYYY-MM-DD).")
  LocalDate to;

  @Option(names = "--limit", defaultValue = "50", description = "How many events (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--format", defaultValue = "human", description = "human, json or jsonl (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin DataOption data;

  @Spec CommandLine.Model.CommandSpec spec;

  private final Terminal terminal;

  EventsCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    if (limit <= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, was " + limit);
    }
    EventType eventType = parseType(spec, type);
    List<EventInstance> events;
    try (Engine engine = Engine.open(data.dataDir)) {
      events = engine.events(new EventQuery(entity, eventType, from, to, true, limit, 0));
    }
    PrintWriter out = terminal.out();
    switch (format) {
      case json -> out.println(Json.pretty(events.stream().map(e -> json(e, List.of())).toList()));
      case jsonl -> events.forEach(event -> out.println(Json.line(json(event, List.of()))));
      case human -> {
        out.println(String.format(Locale.ROOT, "%,d event%s", events.size(), events.size() == 1 ? "" : "s"));
        for (EventInstance event : events) {
          out.println();
          print(terminal, event, event.evidence() == null ? List.of() : List.of(event.evidence()));
        }
      }
    }
    out.flush();
    return 0;
  }

  static EventType parseType(CommandLine.Model.CommandSpec spec, String type) {
    if (type == null) {
      return null;
    }
    try {
      return EventType.parse(type);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--type: " + e.getMessage());
    }
  }

  /** One event for people: day, type, who to whom, counts; then each evidence sentence with its flags and article. */
  static void print(Terminal terminal, EventInstance event, List<StoredEvent> evidence) {
    PrintWriter out = terminal.out();
    String day = event.day() == null ? "undated   " : event.day().toString();
    String counts = String.format(Locale.ROOT, "%d mention%s in %d article%s", event.mentions(), event.mentions() == 1 ? "" : "s", event.articles(),
        event.articles() == 1 ? "" : "s");
    out.println("  " + day + "  " + terminal.bold(headline(event)) + "  " + terminal.dim(counts));
    for (StoredEvent mention : evidence) {
      out.println("    " + mention.sentence());
      out.println("    " + terminal.dim(String.join(" · ", details(mention))));
    }
  }

  static String headline(EventInstance event) {
    StringBuilder line = new StringBuilder(event.type().name());
    if (event.cameo() != null) {
      line.append(" (").append(event.cameo()).append(')');
    }
    line.append(' ').append(event.sourceName() == null ? "?" : event.sourceName()).append(" → ").append(event.targetName() == null ? "?" : event.targetName());
    if (event.placeName() != null) {
      line.append(" in ").append(event.placeName());
    }
    return line.toString();
  }

  private static List<String> details(StoredEvent mention) {
    Event event = mention.event();
    List<String> parts = new ArrayList<>();
    if (event.negated()) {
      parts.add("negated");
    }
    if (event.hedged()) {
      parts.add("hedged");
    }
    if (event.attribution() != null) {
      parts.add("according to " + event.attribution().name());
    }
    if (event.quote() != null) {
      parts.add("statement");
    }
    parts.add(mention.published() == null ? "undated" : mention.published().toString());
    parts.add(mention.title() == null ? mention.articleId() : mention.title());
    parts.add(mention.articleId());
    return parts;
  }

  /** The JSON form: the instance, its counts and window, and its mentions in the analyze contract's event fields. */
  static Map<String, Object> json(EventInstance event, List<StoredEvent> mentions) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("id", event.id());
    node.put("type", event.type().name());
    node.put("cameo", event.cameo());
    node.put("source", side(event.sourceName(), event.sourceEntity()));
    node.put("target", side(event.targetName(), event.targetEntity()));
    node.put("place", event.placeName() == null ? null : side(event.placeName(), event.placeEntity()));
    node.put("day", event.day() == null ? null : event.day().toString());
    node.put("from", event.from() == null ? null : event.from().toString());
    node.put("to", event.to() == null ? null : event.to().toString());
    node.put("mentions", event.mentions());
    node.put("articles", event.articles());
    node.put("evidence", event.evidence() == null ? null : mention(event.evidence()));
    if (!mentions.isEmpty()) {
      node.put("mentionList", mentions.stream().map(EventsCommand::mention).toList());
    }
    return node;
  }

  private static Map<String, Object> side(String name, String entity) {
    if (name == null && entity == null) {
      return null;
    }
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("name", name);
    node.put("entity", entity);
    return node;
  }

  /** A stored mention in the analyze contract's event fields, with its article. */
  static Map<String, Object> mention(StoredEvent stored) {
    Event event = stored.event();
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("article", stored.articleId());
    node.put("title", stored.title());
    node.put("published", stored.published() == null ? null : stored.published().toString());
    node.put("mention", event.id());
    node.put("type", event.type().name());
    node.put("cameo", event.cameo());
    node.put("mode", event.mode());
    node.put("source", actor(event.source()));
    node.put("target", actor(event.target()));
    node.put("date", event.date());
    node.put("place", event.place() == null ? null : side(event.place().name(), event.place().entity()));
    node.put("negated", event.negated());
    node.put("hedged", event.hedged());
    node.put("attribution", event.attribution() == null ? null : side(event.attribution().name(), event.attribution().entity()));
    node.put("statement", event.quote() != null);
    node.put("sentence", stored.sentence());
    node.put("start", event.span().start());
    node.put("end", event.span().end());
    return node;
  }

  private static Map<String, Object> actor(EventActor actor) {
    if (actor == null) {
      return null;
    }
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("name", actor.name());
    node.put("entity", actor.entity());
    node.put("country", actor.country());
    node.put("sector", actor.sector());
    return node;
  }
}
