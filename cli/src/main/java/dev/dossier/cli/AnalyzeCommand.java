package dev.dossier.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.dossier.core.DateMention;
import dev.dossier.core.Doc;
import dev.dossier.core.Entity;
import dev.dossier.core.EntityLinks;
import dev.dossier.core.EntityType;
import dev.dossier.core.Layers;
import dev.dossier.core.Rejection;
import dev.dossier.engine.Analyzer;
import dev.dossier.engine.DocJson;
import dev.dossier.engine.Engine;
import dev.dossier.engine.Recycling;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Run the pipeline over articles without storing them.",
      "--format jsonl prints one JSON object per article: id, title, published, source, url, text (cleaned),",
      "removed [{text, reason}], entities [{id, name, type, aliases, mentions [{start, end, text}], kb, sanctions [...]}],",
      "dates [{text, value, start, end}], quotes [{text, start, end, kind, speaker, cue, addressee, ...}],",
      "reuse [{start, end, source_article, source_start, source_end, kind, spins}],",
      "story, quality {removed, reuse_ratio, copies_from, shared_quotes, spin_substitutions, sentence_order_incoherence}.",
      "Offsets are half-open character offsets into text. Entities are resolved across all the inputs (one actor has",
      "one id in every output article), and reuse and stories are found among them, so output starts once every input is read."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every input was analysed", "2:bad usage", "3:some inputs were rejected"})
final class AnalyzeCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories, or - for stdin.")
  List<String> paths;

  @Mixin InputDefaults defaults;

  @Option(names = "--format", defaultValue = "human", description = "human, json or jsonl (default: ${DEFAULT-VALUE}).")
  Format format;

  private final Terminal terminal;
  private int rejected;

  AnalyzeCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    ArrayNode all = DocJson.mapper().createArrayNode();
    Engine.analyzeAll(paths, defaults.toOptions(), Analyzer.standard(), new Engine.RecyclingSink() {
      @Override
      public void accept(Doc doc, Recycling recycling) {
        switch (format) {
          case jsonl -> terminal.out().println(DocJson.toLine(doc, recycling));
          case json -> all.add(DocJson.toJson(doc, recycling));
          case human -> printHuman(doc, recycling);
        }
        terminal.out().flush();
      }

      @Override
      public void reject(Rejection rejection) {
        rejected++;
        terminal.err().println("rejected: " + rejection.message());
        terminal.err().flush();
      }
    });
    if (format == Format.json) {
      terminal.out().println(all.toPrettyString());
    }
    return rejected > 0 ? Main.EXIT_REJECTED : 0;
  }

  private void printHuman(Doc doc, Recycling recycling) {
    var out = terminal.out();
    var article = doc.article();
    out.println(terminal.bold(article.title().isEmpty() ? "(untitled)" : article.title()));
    out.println(terminal.dim(String.format(Locale.ROOT, "%s · %s · %s · %,d characters, %,d removed",
        doc.id(), article.published() == null ? "undated" : article.published(), article.source() == null ? "unknown source" : article.source(),
        doc.text().length(), article.removed().size())));
    for (EntityType type : EntityType.values()) {
      List<Entity> ofType = EntityLinks.resolved(doc).stream().filter(e -> e.type() == type).toList();
      if (!ofType.isEmpty()) {
        out.println("  " + type.name().toLowerCase(Locale.ROOT) + ": " + ofType.stream().map(AnalyzeCommand::describe).collect(Collectors.joining(", ")));
      }
    }
    List<DateMention> dates = doc.get(Layers.DATES);
    if (!dates.isEmpty()) {
      out.println("  dates: " + dates.stream().map(d -> d.text() + " = " + d.value()).collect(Collectors.joining(", ")));
    }
    out.println("  " + ShowCommand.recyclingLine(recycling));
    out.println();
  }

  private static String describe(Entity entity) {
    String name = entity.mentions().size() > 1 ? entity.name() + " ×" + entity.mentions().size() : entity.name();
    return entity.aliases().isEmpty() ? name : name + " (" + String.join(", ", entity.aliases()) + ")";
  }
}
