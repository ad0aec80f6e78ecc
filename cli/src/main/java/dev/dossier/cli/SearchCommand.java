package dev.dossier.cli;

import dev.dossier.core.EntityType;
import dev.dossier.engine.Engine;
import dev.dossier.store.SearchQuery;
import dev.dossier.store.SearchResult;
import java.time.LocalDate;
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
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search stored articles. QUERY uses Lucene syntax: words, \"phrases\", AND/OR/NOT, title:word.",
      "An empty QUERY (\"\") with filters lists the newest matching articles."
    })
final class SearchCommand implements Callable<Integer> {

  @Parameters(paramLabel = "QUERY", arity = "0..1", defaultValue = "", description = "What to look for.")
  String query;

  @Option(names = "--entity", paramLabel = "NAME", description = "Only articles mentioning this entity (name, alias or id); repeatable.")
  List<String> entities = List.of();

  @Option(names = "--type", paramLabel = "TYPE", description = "PERSON, ORGANIZATION, LOCATION or MISC: which entity --entity means, or alone, articles mentioning one.")
  String type;

  @Option(names = "--from", paramLabel = "DATE", description = "Published on or after (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before (YYYY-MM-DD).")
  LocalDate to;

  @Option(names = "--source", paramLabel = "NAME", description = "Only articles from this source.")
  String source;

  @Option(names = "--speaker", paramLabel = "NAME", description = "Only articles quoting this speaker (entity name, alias or id, or words of the speaker's name); repeatable.")
  List<String> speakers = List.of();

  @Option(names = "--limit", defaultValue = "10", description = "How many hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--format", defaultValue = "human", description = "human or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin DataOption data;

  private final Terminal terminal;

  SearchCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    EntityType entityType = type == null ? null : Main.parseType(type);
    SearchQuery search = new SearchQuery(query, entities, entityType, from, to, source, limit, 0, speakers);
    SearchResult result;
    try (Engine engine = Engine.open(data.dataDir)) {
      result = engine.search(search);
    }
    if (format != Format.human) {
      terminal.out().println(Json.pretty(result));
      return 0;
    }
    var out = terminal.out();
    result.warnings().forEach(w -> terminal.err().println("warning: " + w));
    out.println(String.format(Locale.ROOT, "%,d matching article%s", result.total(), result.total() == 1 ? "" : "s"));
    int rank = 0;
    for (SearchResult.Hit hit : result.hits()) {
      rank++;
      String title = Highlighting.mark(hit.title().isEmpty() ? "(untitled)" : hit.title(), hit.titleHighlights(), (t, i) -> terminal.highlight(t));
      out.println();
      out.println(String.format(Locale.ROOT, "%2d. %s", rank, terminal.bold(title)));
      out.println("    " + terminal.dim(String.join(" · ", hit.published() == null ? "undated" : hit.published().toString(),
          hit.source() == null ? "unknown source" : hit.source(), hit.id())));
      if (!hit.snippet().text().isEmpty()) {
        out.println("    " + Highlighting.mark(hit.snippet().text(), hit.snippet().highlights(), (t, i) -> terminal.highlight(t)));
      }
    }
    if (result.total() > 0) {
      out.println();
      String entitiesFacet = result.facets().entities().stream().limit(8).map(e -> e.name() + " " + e.count()).collect(Collectors.joining(", "));
      out.println(terminal.dim("Entities: " + entitiesFacet));
      if (!result.facets().speakers().isEmpty()) {
        String speakersFacet = result.facets().speakers().stream().limit(8).map(e -> e.name() + " " + e.count()).collect(Collectors.joining(", "));
        out.println(terminal.dim("Quoted: " + speakersFacet));
      }
      if (!result.facets().sources().isEmpty()) {
        out.println(terminal.dim("Sources: " + top(result.facets().sources())));
      }
    }
    return 0;
  }

  private static String top(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(6)
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
