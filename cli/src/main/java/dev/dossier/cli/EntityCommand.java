package dev.dossier.cli;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.engine.Engine;
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
    description = "Profile an entity: canonical name, type, aliases, article count, first and last seen, top co-mentioned entities.")
final class EntityCommand implements Callable<Integer> {

  @Parameters(paramLabel = "NAME", description = "Canonical name, alias or id, in any case (\"Trump\", \"CIA\", person:donald-trump).")
  String name;

  @Option(names = "--format", defaultValue = "human", description = "human or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin DataOption data;

  private final Terminal terminal;

  EntityCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    List<EntityProfile> profiles;
    try (Engine engine = Engine.open(data.dataDir)) {
      profiles = engine.entity(name);
    }
    if (profiles.isEmpty()) {
      throw new DossierException(ErrorCode.NOT_FOUND, "no entity named '" + name + "' in " + data.dataDir + " (try: dossier entities, or dossier search " + name + ")");
    }
    if (format != Format.human) {
      terminal.out().println(Json.pretty(profiles));
      return 0;
    }
    for (EntityProfile profile : profiles) {
      print(profile);
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
    out.println();
  }
}
