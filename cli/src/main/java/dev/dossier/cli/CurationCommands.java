package dev.dossier.cli;

import dev.dossier.core.EntityType;
import dev.dossier.engine.Engine;
import dev.dossier.store.CurationEntry;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code dossier entity merge|split|rename|retype|delete|log}: analysts' corrections to resolved
 * entities, each stored in the audit log with who, when and why, and replayed on every later
 * ingest and rebuild.
 */
final class CurationCommands {

  private CurationCommands() {}

  /** Who and why, shared by every correction. */
  static final class Provenance {
    @Option(names = "--why", paramLabel = "REASON", defaultValue = "", description = "Why (kept in the audit log).")
    String why;

    @Option(names = "--who", paramLabel = "NAME", description = "Who (default: the user name).")
    String who;

    String who() {
      return who != null ? who : System.getProperty("user.name", "unknown");
    }
  }

  abstract static class Correction implements Callable<Integer> {
    @ParentCommand EntityCommand parent;
    @Mixin DataOption data;
    @Mixin Provenance provenance;

    abstract CurationEntry apply(Engine engine);

    @Override
    public Integer call() {
      CurationEntry entry;
      try (Engine engine = Engine.open(data.dataDir)) {
        entry = apply(engine);
      }
      parent.terminal().out().println("#" + entry.seq() + " " + describe(entry));
      return 0;
    }
  }

  static String describe(CurationEntry entry) {
    String what = switch (entry.action()) {
      case "merge" -> "merged " + entry.argument() + " into " + entry.entityId();
      case "split" -> "split '" + entry.argument() + "' off " + entry.entityId() + " as " + entry.target();
      case "rename" -> "renamed " + entry.entityId() + " to '" + entry.argument() + "'";
      case "retype" -> "retyped " + entry.entityId() + " as " + entry.argument();
      case "delete" -> "deleted " + entry.entityId();
      default -> entry.action() + " " + entry.entityId();
    };
    return what + " by " + entry.who() + " at " + entry.at() + (entry.why().isEmpty() ? "" : " (" + entry.why() + ")");
  }

  @Command(name = "merge", mixinStandardHelpOptions = true, description = "Merge entity B into entity A: every mention of B becomes A's, now and in later ingests.")
  static final class Merge extends Correction {
    @Parameters(index = "0", paramLabel = "A", description = "The entity that stays (name, alias or id).")
    String keep;

    @Parameters(index = "1", paramLabel = "B", description = "The entity merged into it.")
    String merged;

    @Override
    CurationEntry apply(Engine engine) {
      return engine.merge(keep, merged, provenance.who(), provenance.why);
    }
  }

  @Command(name = "split", mixinStandardHelpOptions = true, description = "Split off the mentions by which articles call an entity NAME into an entity of their own.")
  static final class Split extends Correction {
    @Parameters(index = "0", paramLabel = "ENTITY", description = "The entity to split (name, alias or id).")
    String entity;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The name whose mentions move to the new entity.")
    String name;

    @Override
    CurationEntry apply(Engine engine) {
      return engine.split(entity, name, provenance.who(), provenance.why);
    }
  }

  @Command(name = "rename", mixinStandardHelpOptions = true, description = "Give an entity a canonical name of your choosing; its id stays.")
  static final class Rename extends Correction {
    @Parameters(index = "0", paramLabel = "ENTITY")
    String entity;

    @Parameters(index = "1", paramLabel = "NAME")
    String name;

    @Override
    CurationEntry apply(Engine engine) {
      return engine.rename(entity, name, provenance.who(), provenance.why);
    }
  }

  @Command(name = "retype", mixinStandardHelpOptions = true, description = "Change an entity's type (PERSON, ORGANIZATION, LOCATION, MISC); its id stays.")
  static final class Retype extends Correction {
    @Parameters(index = "0", paramLabel = "ENTITY")
    String entity;

    @Parameters(index = "1", paramLabel = "TYPE")
    String type;

    @Override
    CurationEntry apply(Engine engine) {
      EntityType parsed = Main.parseType(type);
      return engine.retype(entity, parsed, provenance.who(), provenance.why);
    }
  }

  @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete an entity (a recognition error): it leaves every listing and output, now and later.")
  static final class Delete extends Correction {
    @Parameters(index = "0", paramLabel = "ENTITY")
    String entity;

    @Override
    CurationEntry apply(Engine engine) {
      return engine.delete(entity, provenance.who(), provenance.why);
    }
  }

  @Command(name = "log", mixinStandardHelpOptions = true, description = "The audit log of corrections, oldest first.")
  static final class Log implements Callable<Integer> {
    @ParentCommand EntityCommand parent;
    @Mixin DataOption data;

    @Option(names = "--format", defaultValue = "human", description = "human or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
      List<CurationEntry> log;
      try (Engine engine = Engine.open(data.dataDir)) {
        log = engine.curations();
      }
      if (format != Format.human) {
        parent.terminal().out().println(Json.pretty(log));
        return 0;
      }
      if (log.isEmpty()) {
        parent.terminal().out().println("No corrections yet.");
      }
      for (CurationEntry entry : log) {
        parent.terminal().out().println(String.format(Locale.ROOT, "#%d %s", entry.seq(), describe(entry)));
      }
      return 0;
    }
  }
}
