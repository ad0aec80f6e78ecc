package dev.dossier.cli;

import dev.dossier.core.Article;
import dev.dossier.core.DateMention;
import dev.dossier.core.DossierException;
import dev.dossier.core.Entity;
import dev.dossier.core.ErrorCode;
import dev.dossier.core.Mention;
import dev.dossier.core.Removal;
import dev.dossier.core.Span;
import dev.dossier.engine.DocJson;
import dev.dossier.engine.Engine;
import dev.dossier.store.StoredArticle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a stored article: its cleaned text with entities marked, its dates, and what cleaning removed.")
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
    try (Engine engine = Engine.open(data.dataDir)) {
      stored = engine.article(id).orElseThrow(() -> new DossierException(ErrorCode.NOT_FOUND, "no article with id '" + id + "' in " + data.dataDir));
      doc = engine.document(id).orElseThrow();
    }
    if (format != Format.human) {
      terminal.out().println(DocJson.toJson(doc).toPrettyString());
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
    return 0;
  }
}
