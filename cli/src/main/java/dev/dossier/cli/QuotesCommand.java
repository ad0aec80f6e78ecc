package dev.dossier.cli;

import dev.dossier.core.Quote;
import dev.dossier.core.Speaker;
import dev.dossier.engine.Engine;
import dev.dossier.store.QuoteQuery;
import dev.dossier.store.StoredQuote;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = {
      "List who said what: stored quotes and reported speech with speaker, cue and addressee, newest first.",
      "--speaker matches an entity (name, alias or id, as 'dossier entity' does) or a speaker's description.",
      "--contains matches words as 'dossier search' does (any order, any ending: 'warn' finds 'warned') and ranks by relevance."
    })
final class QuotesCommand implements Callable<Integer> {

  @Option(names = "--speaker", paramLabel = "NAME", description = "Only quotes by this speaker (\"Pompeo\", person:mike-pompeo, \"intelligence official\").")
  String speaker;

  @Option(names = "--contains", paramLabel = "TEXT", description = "Only quotes holding all these words, best matches first.")
  String contains;

  @Option(names = "--from", paramLabel = "DATE", description = "Published on or after (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before (YYYY-MM-DD).")
  LocalDate to;

  @Option(names = "--limit", defaultValue = "50", description = "How many quotes (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--format", defaultValue = "human", description = "human, json or jsonl (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin DataOption data;

  @Spec CommandLine.Model.CommandSpec spec;

  private final Terminal terminal;

  QuotesCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    if (limit <= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, was " + limit);
    }
    List<StoredQuote> quotes;
    try (Engine engine = Engine.open(data.dataDir)) {
      quotes = engine.quotes(new QuoteQuery(speaker, contains, from, to, limit));
    }
    PrintWriter out = terminal.out();
    switch (format) {
      case json -> out.println(Json.pretty(quotes.stream().map(QuotesCommand::json).toList()));
      case jsonl -> quotes.forEach(quote -> out.println(Json.line(json(quote))));
      case human -> {
        out.println(String.format(Locale.ROOT, "%,d quote%s", quotes.size(), quotes.size() == 1 ? "" : "s"));
        for (StoredQuote quote : quotes) {
          out.println();
          print(terminal, quote);
        }
      }
    }
    out.flush();
    return 0;
  }

  /** One quote for people: who, cue, to whom, then the words, then where. */
  static void print(Terminal terminal, StoredQuote stored) {
    Quote quote = stored.quote();
    PrintWriter out = terminal.out();
    out.println("  " + terminal.bold(speakerLine(quote)));
    String words = quote.kind() == dev.dossier.core.QuoteKind.REPORTED ? quote.text() : "\u201c" + quote.text() + "\u201d";
    out.println("    " + words);
    out.println("    " + terminal.dim(String.join(" · ", quote.kind().label(), stored.published() == null ? "undated" : stored.published().toString(),
        stored.title(), stored.articleId())));
  }

  static String speakerLine(Quote quote) {
    Speaker speaker = quote.speaker();
    StringBuilder line = new StringBuilder(speaker == null ? "(speaker unknown)" : speaker.name());
    if (speaker != null && speaker.description() != null && !speaker.description().equalsIgnoreCase(speaker.name())) {
      line.append(" (").append(speaker.description()).append(')');
    }
    if (quote.cueText() != null) {
      line.append(' ').append(quote.cueText());
    }
    if (quote.addressee() != null) {
      line.append(" → ").append(quote.addressee());
    }
    return line.toString();
  }

  /** The JSON form: the analyze contract's quote fields plus the article. */
  static java.util.Map<String, Object> json(StoredQuote stored) {
    Quote quote = stored.quote();
    java.util.Map<String, Object> node = new java.util.LinkedHashMap<>();
    node.put("article", stored.articleId());
    node.put("title", stored.title());
    node.put("published", stored.published() == null ? null : stored.published().toString());
    node.put("text", quote.text());
    node.put("start", quote.span().start());
    node.put("end", quote.span().end());
    node.put("kind", quote.kind().label());
    List<java.util.Map<String, Integer>> parts = new ArrayList<>();
    quote.parts().forEach(p -> parts.add(java.util.Map.of("start", p.start(), "end", p.end())));
    node.put("parts", parts);
    Speaker speaker = quote.speaker();
    if (speaker == null) {
      node.put("speaker", null);
    } else {
      java.util.Map<String, Object> s = new java.util.LinkedHashMap<>();
      s.put("name", speaker.name());
      s.put("entity", speaker.entity());
      s.put("anonymous", speaker.anonymous());
      s.put("description", speaker.description());
      s.put("start", speaker.span().start());
      s.put("end", speaker.span().end());
      node.put("speaker", s);
    }
    node.put("cue", quote.cueText());
    node.put("addressee", quote.addressee());
    return node;
  }
}
