package dev.dossier.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.engine.DocJson;
import dev.dossier.engine.Engine;
import dev.dossier.engine.Recycling;
import dev.dossier.store.StorySummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = {"List stories: articles the engine grouped as reporting one event, the largest first.", "'dossier story ID' shows one."})
final class StoriesCommand implements Callable<Integer> {

  @Option(names = "--from", paramLabel = "DATE", description = "Only stories with an article published on or after DATE (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only stories with an article published on or before DATE.")
  LocalDate to;

  @Option(names = "--limit", defaultValue = "20", description = "How many (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--format", defaultValue = "human", description = "human, json or jsonl (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin DataOption data;

  private final Terminal terminal;

  StoriesCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    List<StorySummary> stories;
    try (Engine engine = Engine.open(data.dataDir)) {
      stories = engine.stories(from, to, Math.max(0, limit));
    }
    switch (format) {
      case json -> {
        ArrayNode all = DocJson.mapper().createArrayNode();
        stories.forEach(story -> all.add(json(story)));
        terminal.out().println(all.toPrettyString());
      }
      case jsonl -> stories.forEach(story -> terminal.out().println(json(story).toString()));
      case human -> {
        if (stories.isEmpty()) {
          terminal.out().println("No stories" + (from == null && to == null ? "" : " in that period") + ".");
          return 0;
        }
        terminal.out().println(terminal.bold(String.format(Locale.ROOT, "%-12s %8s  %-10s  %-10s  %s", "STORY", "ARTICLES", "FIRST", "LAST", "OPENED BY")));
        for (StorySummary story : stories) {
          terminal.out().println(String.format(Locale.ROOT, "%-12s %,8d  %-10s  %-10s  %s", Recycling.storyId(story.id()), story.articles(),
              date(story.firstPublished()), date(story.lastPublished()), StoryCommand.title(story.title())));
        }
      }
    }
    return 0;
  }

  static ObjectNode json(StorySummary story) {
    ObjectNode node = DocJson.mapper().createObjectNode();
    node.put("id", Recycling.storyId(story.id()));
    node.put("articles", story.articles());
    node.put("first_published", story.firstPublished() == null ? null : story.firstPublished().toString());
    node.put("last_published", story.lastPublished() == null ? null : story.lastPublished().toString());
    node.put("first_article", story.firstArticle());
    node.put("title", story.title());
    return node;
  }

  static String date(LocalDate date) {
    return date == null ? "undated" : date.toString();
  }
}
