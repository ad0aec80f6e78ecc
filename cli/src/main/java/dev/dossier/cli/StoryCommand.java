package dev.dossier.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.engine.Engine;
import dev.dossier.engine.StoryReport;
import dev.dossier.store.StoryMember;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "story",
    mixinStandardHelpOptions = true,
    description = "Show a story: its articles in time order, its first publisher, and who copied whom.")
final class StoryCommand implements Callable<Integer> {

  @Parameters(paramLabel = "ID", description = "Story id, as 'dossier stories' or 'dossier show' prints it (story:12, or 12).")
  String id;

  @Option(names = "--format", defaultValue = "human", description = "human or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin DataOption data;

  private final Terminal terminal;

  StoryCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    StoryReport report;
    try (Engine engine = Engine.open(data.dataDir)) {
      report = engine.story(id).orElseThrow(() -> new DossierException(ErrorCode.NOT_FOUND, "no story '" + id + "' in " + data.dataDir));
    }
    if (format != Format.human) {
      terminal.out().println(json(report).toPrettyString());
      return 0;
    }
    var out = terminal.out();
    ObjectNode summary = StoriesCommand.json(report.summary());
    out.println(terminal.bold(summary.get("id").asText() + "  " + title(report.summary().title())));
    out.println(terminal.dim(String.format(Locale.ROOT, "%,d article%s · %s to %s", report.summary().articles(), report.summary().articles() == 1 ? "" : "s",
        StoriesCommand.date(report.summary().firstPublished()), StoriesCommand.date(report.summary().lastPublished()))));
    out.println();
    List<StoryMember> members = report.members();
    for (int i = 0; i < members.size(); i++) {
      StoryMember member = members.get(i);
      String copies = report.copies().stream().filter(c -> c.copier().equals(member.articleId()))
          .map(c -> String.format(Locale.ROOT, "copies %s (%.0f%%)", c.source(), 100 * c.share())).collect(Collectors.joining(", "));
      String marks = java.util.stream.Stream.of(i == 0 ? "first publisher" : "", copies).filter(m -> !m.isEmpty()).collect(Collectors.joining(", "));
      out.println(String.format(Locale.ROOT, "%-10s  %-16s %s", StoriesCommand.date(member.published()), member.source() == null ? "unknown source" : member.source(),
          title(member.title())));
      out.println("            " + terminal.dim(member.articleId() + (marks.isEmpty() ? "" : " · " + marks)));
    }
    if (!report.copies().isEmpty()) {
      out.println();
      out.println(terminal.bold("Who copied whom") + " (" + report.copies().size() + ")");
      for (StoryReport.Copy copy : report.copies()) {
        out.println(String.format(Locale.ROOT, "  %s ← %s  %d passage%s, %.0f%% of its text%s", copy.copier(), copy.source(), copy.passages(), copy.passages() == 1 ? "" : "s",
            100 * copy.share(), copy.sourceInStory() ? "" : " (source outside this story)"));
      }
    }
    return 0;
  }

  static String title(String title) {
    return title.isEmpty() ? "(untitled)" : title;
  }

  static ObjectNode json(StoryReport report) {
    ObjectNode node = StoriesCommand.json(report.summary());
    ArrayNode articles = node.putArray("members");
    for (StoryMember member : report.members()) {
      ObjectNode item = articles.addObject();
      item.put("id", member.articleId()).put("title", member.title()).put("published", member.published() == null ? null : member.published().toString());
      item.put("source", member.source()).put("similarity", Math.round(member.similarity() * 1000) / 1000.0);
    }
    node.put("first_publisher", report.members().isEmpty() ? null : report.members().getFirst().articleId());
    ArrayNode copies = node.putArray("copies");
    for (StoryReport.Copy copy : report.copies()) {
      copies.addObject().put("copier", copy.copier()).put("source", copy.source()).put("passages", copy.passages())
          .put("share", Math.round(copy.share() * 10_000) / 10_000.0).put("source_in_story", copy.sourceInStory());
    }
    return node;
  }
}
