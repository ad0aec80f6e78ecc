package dev.dossier.cli;

import dev.dossier.core.Article;
import dev.dossier.core.DateMention;
import dev.dossier.core.DossierException;
import dev.dossier.core.Entity;
import dev.dossier.core.ErrorCode;
import dev.dossier.core.Mention;
import dev.dossier.core.Removal;
import dev.dossier.core.ReusedPassage;
import dev.dossier.core.Span;
import dev.dossier.engine.DocJson;
import dev.dossier.engine.Engine;
import dev.dossier.engine.Recycling;
import dev.dossier.engine.quality.Quality;
import dev.dossier.store.StoredArticle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a stored article: its cleaned text with entities marked, its dates, what cleaning removed, its reuse, story and quality signals.")
final class ShowCommand implements Callable<Integer> {

  @Parameters(paramLabel = "ID", description = "Article id, as search and ingest print it.")
  String id;

  @Option(names = "--format", defaultValue = "human", description = "human or json (default: ${DEFAULT-VALUE}); json follows the analyze contract.")
  Format format;

  @Mixin DataOption data;

  private final Terminal terminal;

  ShowCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    StoredArticle stored;
    dev.dossier.core.Doc doc;
    Recycling recycling;
    try (Engine engine = Engine.open(data.dataDir)) {
      stored = engine.article(id).orElseThrow(() -> new DossierException(ErrorCode.NOT_FOUND, "no article with id '" + id + "' in " + data.dataDir));
      doc = engine.document(id).orElseThrow();
      recycling = engine.recycling(stored);
    }
    if (format != Format.human) {
      terminal.out().println(DocJson.toJson(doc, recycling).toPrettyString());
      return 0;
    }
    var out = terminal.out();
    Article article = stored.article();
    out.println(terminal.bold(article.title().isEmpty() ? "(untitled)" : article.title()));
    out.println(terminal.dim(String.join(" · ", article.id(), article.published() == null ? "undated" : article.published().toString(),
        article.source() == null ? "unknown source" : article.source()) + (article.url() == null ? "" : " · " + article.url())));
    out.println();
    List<Mention> mentions = new ArrayList<>();
    List<String> types = new ArrayList<>();
    for (Entity entity : stored.entities()) {
      for (Mention mention : entity.mentions()) {
        mentions.add(mention);
      }
    }
    mentions.sort(Comparator.comparing(Mention::span));
    for (Mention mention : mentions) {
      types.add(mention.type().name());
    }
    List<Span> spans = mentions.stream().map(Mention::span).toList();
    out.println(Highlighting.mark(article.text(), spans, (text, i) -> terminal.mention(text, types.get(i))));
    out.println();
    out.println(terminal.bold("Entities") + " (" + stored.entities().size() + ")");
    for (Entity entity : stored.entities()) {
      out.println(String.format(Locale.ROOT, "  %-13s %s%s ×%d  %s", entity.type(), entity.name(),
          entity.aliases().isEmpty() ? "" : " (" + String.join(", ", entity.aliases()) + ")", entity.mentions().size(), terminal.dim(entity.id())));
    }
    if (!stored.dates().isEmpty()) {
      out.println(terminal.bold("Dates") + " (" + stored.dates().size() + ")");
      for (DateMention date : stored.dates()) {
        out.println("  " + date.text() + " = " + date.value());
      }
    }
    out.println(terminal.bold("Removed") + " (" + article.removed().size() + ")");
    for (Removal removal : article.removed()) {
      String text = removal.text().replace('\n', ' ');
      out.println("  " + terminal.dim(removal.reason() + ":") + " " + (text.length() > 120 ? text.substring(0, 117) + "..." : text));
    }
    out.println(terminal.bold("Reuse") + " (" + recycling.reuse().size() + ")");
    for (ReusedPassage passage : recycling.reuse()) {
      String text = passage.span().of(article.text()).replace('\n', ' ');
      out.println("  " + terminal.dim(passage.kind().label() + " from " + passage.sourceArticle() + ":") + " " + (text.length() > 100 ? text.substring(0, 97) + "..." : text));
      if (!passage.spins().isEmpty()) {
        out.println("    " + terminal.dim("spun: ") + passage.spins().stream().map(s -> s.text() + " ← " + s.original()).collect(Collectors.joining(", ")));
      }
    }
    out.println(terminal.bold("Quality"));
    out.println("  " + recyclingLine(recycling));
    return 0;
  }

  /** One line of what the cross-document step found: story, reuse, spins, removals, order. */
  static String recyclingLine(Recycling recycling) {
    Quality quality = recycling.quality();
    List<String> parts = new ArrayList<>();
    parts.add("story " + (recycling.story() == null ? "none" : recycling.story()));
    parts.add(String.format(Locale.ROOT, "reuse %.0f%%", 100 * quality.reuseRatio())
        + (quality.copiesFrom().isEmpty() ? "" : " from " + String.join(", ", quality.copiesFrom())));
    if (quality.sharedQuotes() > 0) {
      parts.add(quality.sharedQuotes() + " shared quote" + (quality.sharedQuotes() == 1 ? "" : "s"));
    }
    if (quality.spins() > 0) {
      parts.add(quality.spins() + " spun word" + (quality.spins() == 1 ? "" : "s"));
    }
    if (!quality.removed().isEmpty()) {
      parts.add("removed " + quality.removed().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    }
    parts.add("sentence order " + (quality.sentenceOrderIncoherence() == null ? "not measured (short)"
        : String.format(Locale.ROOT, "incoherence %.2f", quality.sentenceOrderIncoherence())));
    return String.join(" · ", parts);
  }
}
