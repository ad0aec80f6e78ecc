package dev.dossier.cli;

import dev.dossier.engine.Engine;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "resolve",
    mixinStandardHelpOptions = true,
    description = {
      "Resolve the entities of every stored article again from scratch, as if the corpus were ingested anew,",
      "replaying the corrections in the audit log and screening against the sanctions list again.",
      "Ingest resolves new articles as they come; run this after upgrading Dossier's knowledge base or resolver."
    })
final class ResolveCommand implements Callable<Integer> {

  @Mixin DataOption data;

  private final Terminal terminal;

  ResolveCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    long started = System.nanoTime();
    long articles;
    try (Engine engine = Engine.open(data.dataDir)) {
      articles = engine.rebuildEntities(null);
    }
    terminal.out().println(String.format(Locale.ROOT, "Resolved %,d articles again in %.1f s", articles, (System.nanoTime() - started) / 1e9));
    return 0;
  }
}
