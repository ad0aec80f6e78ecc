package dev.dossier.cli;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.engine.Engine;
import dev.dossier.engine.EntityReport;
import dev.dossier.store.EntityProfile;
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
    description = {
      "Profile an entity: canonical name, type, knowledge-base id, aliases, articles, mentions per month, top co-mentioned entities, sanctions hits.",
      "Correct one with the subcommands; every correction is logged (who, when, why) and replayed on later ingests and rebuilds."
    },
    commandListHeading = "%nCorrections:%n")
final class EntityCommand implements Callable<Integer> {

  @Parameters(paramLabel = "NAME", arity = "0..1", description = "Canonical name, alias or id, in any case (\"Trump\", \"CIA\", person:donald-trump).")
  String name;

  @Option(names = "--format", defaultValue = "human", description = "human or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin DataOption data;

  private final Terminal terminal;

  EntityCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  Terminal terminal() {
    return terminal;
  }

  @Override
  public Integer call() {
    if (name == null) {
      throw new DossierException(ErrorCode.BAD_ARGUMENT, "name an entity (dossier entity NAME) or a correction (dossier entity --help)");
    }
    List<EntityReport> profiles;
    try (Engine engine = Engine.open(data.dataDir)) {
      profiles = engine.entityReports(name);
    }
    if (profiles.isEmpty()) {
      throw new DossierException(ErrorCode.NOT_FOUND, "no entity named '" + name + "' in " + data.dataDir + " (try: dossier entities, or dossier search " + name + ")");
    }
    if (format != Format.human) {
      terminal.out().println(Json.pretty(profiles));
      return 0;
    }
    for (EntityReport report : profiles) {
      print(report);
    }
    return 0;
  }

  private void print(EntityReport report) {
    var out = terminal.out();
    EntityProfile profile = report.profile();
    out.println(terminal.bold(profile.name()) + "  " + profile.type() + "  " + terminal.dim(profile.id()) + (report.kbId() == null ? "" : "  " + terminal.dim(report.kbId())));
    if (!report.related().isEmpty()) {
      out.println("  known as:    " + String.join("; ", report.related()));
    }
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
    if (!report.mentionsPerMonth().isEmpty()) {
      out.println("  per month:   " + report.mentionsPerMonth().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    }
    if (!report.sanctions().isEmpty()) {
      out.println("  sanctions:");
      report.sanctions().stream().map(row -> row.hit().list() + " #" + row.hit().entry() + " " + row.hit().name() + " [" + String.join(", ", row.hit().programs()) + "]")
          .distinct().forEach(line -> out.println("    " + line));
      for (var row : report.sanctions()) {
        out.println(String.format(Locale.ROOT, "    %.2f  %s  %s", row.hit().score(), terminal.dim(row.articleId()), row.hit().evidence()));
      }
    }
    if (!profile.recentArticles().isEmpty()) {
      out.println("  articles:");
      for (EntityProfile.ArticleRef ref : profile.recentArticles()) {
        out.println("    " + (ref.published() == null ? "undated   " : ref.published()) + "  " + ref.title() + "  " + terminal.dim(ref.id()));
      }
    }
    out.println();
  }
}
