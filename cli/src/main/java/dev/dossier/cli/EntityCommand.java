package dev.dossier.cli;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.engine.Engine;
import dev.dossier.store.EntityProfile;
import dev.dossier.store.StoredQuote;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "entity",
    mixinStandardHelpOptions = true,
    description = "Profile an entity: canonical name, type, aliases, article count, first and last seen, top co-mentioned entities, what it said and what was said about it.")
final class EntityCommand implements Callable<Integer> {

  @Parameters(paramLabel = "NAME", description = "Canonical name, alias or id, in any case (\"Trump\", \"CIA\", person:donald-trump).")
  String name;

  @Option(names = "--format", defaultValue = "human", description = "human or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin DataOption data;

  /** How many quotes by and about the entity the profile lists. */
  static final int QUOTES = 10;

  private final Terminal terminal;

  EntityCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    List<EntityProfile> profiles;
    java.util.Map<String, List<StoredQuote>> said = new java.util.HashMap<>();
    java.util.Map<String, List<StoredQuote>> about = new java.util.HashMap<>();
    try (Engine engine = Engine.open(data.dataDir)) {
      profiles = engine.entity(name);
      for (EntityProfile profile : profiles) {
        said.put(profile.id(), engine.quotesBy(profile.id(), QUOTES));
        about.put(profile.id(), engine.quotesAbout(profile.id(), QUOTES));
      }
    }
    if (profiles.isEmpty()) {
      throw new DossierException(ErrorCode.NOT_FOUND, "no entity named '" + name + "' in " + data.dataDir + " (try: dossier entities, or dossier search " + name + ")");
    }
    if (format != Format.human) {
      List<java.util.Map<String, Object>> json = new java.util.ArrayList<>();
      for (EntityProfile profile : profiles) {
        java.util.Map<String, Object> node = new java.util.LinkedHashMap<>();
        node.put("profile", profile);
        node.put("said", said.get(profile.id()).stream().map(QuotesCommand::json).toList());
        node.put("saidAbout", about.get(profile.id()).stream().map(QuotesCommand::json).toList());
        json.add(node);
      }
      terminal.out().println(Json.pretty(json));
      return 0;
    }
    for (EntityProfile profile : profiles) {
      print(profile);
      printQuotes("said", said.get(profile.id()));
      printQuotes("said about it", about.get(profile.id()));
      terminal.out().println();
    }
    return 0;
  }

  private void print(EntityProfile profile) {
    var out = terminal.out();
    out.println(terminal.bold(profile.name()) + "  " + profile.type() + "  " + terminal.dim(profile.id()));
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
    if (!profile.recentArticles().isEmpty()) {
      out.println("  articles:");
      for (EntityProfile.ArticleRef ref : profile.recentArticles()) {
        out.println("    " + (ref.published() == null ? "undated   " : ref.published()) + "  " + ref.title() + "  " + terminal.dim(ref.id()));
      }
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
