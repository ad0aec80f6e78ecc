package dev.dossier.cli;

import dev.dossier.core.ErrorCode;
import dev.dossier.core.Rejection;
import dev.dossier.engine.Engine;
import dev.dossier.engine.IngestReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Read, clean, analyse and store articles.",
      "PATH is a .txt, .jsonl, .html or .warc(.gz) file, a directory (read recursively) or - for stdin.",
      "Articles already stored unchanged are skipped; a bad input is reported and the rest goes on."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every input was stored or already present", "1:the store could not be used", "2:bad usage", "3:some inputs were rejected"})
final class IngestCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories, or - for stdin.")
  List<String> paths;

  @Mixin DataOption data;
  @Mixin InputDefaults defaults;

  @Option(names = "--format", defaultValue = "human", description = "human or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Spec CommandSpec spec;

  private final Terminal terminal;

  IngestCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    IngestProgress progress = new IngestProgress(terminal);
    IngestReport report;
    try (Engine engine = Engine.open(data.dataDir)) {
      report = engine.ingest(paths, defaults.toOptions(), progress);
    } finally {
      progress.finish();
    }
    if (format == Format.human) {
      printSummary(terminal, report, data.dataDir.toString());
    } else {
      terminal.out().println(Json.pretty(summary(report)));
    }
    return report.rejected() > 0 ? Main.EXIT_REJECTED : 0;
  }

  static void printSummary(Terminal terminal, IngestReport report, String dataDir) {
    var out = terminal.out();
    out.println(String.format(Locale.ROOT, "%s %,d new, %,d updated, %,d unchanged, %,d rejected in %.1f s (%.1f articles/s) into %s",
        terminal.bold("Ingested"), report.ingested(), report.updated(), report.unchanged(), report.rejected(),
        report.elapsed().toMillis() / 1000.0, report.articlesPerSecond(), dataDir));
    if (report.rejected() > 0) {
      out.println("Rejected:");
      report.rejectedByCode().entrySet().stream()
          .sorted(Map.Entry.<ErrorCode, Long>comparingByValue().reversed())
          .forEach(e -> out.println(String.format(Locale.ROOT, "  %,6d  %s (%s)", e.getValue(), e.getKey().summary(), e.getKey().code())));
    }
  }

  static Map<String, Object> summary(IngestReport report) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("ingested", report.ingested());
    json.put("updated", report.updated());
    json.put("unchanged", report.unchanged());
    json.put("rejected", report.rejected());
    Map<String, Long> byCode = new LinkedHashMap<>();
    report.rejectedByCode().forEach((code, count) -> byCode.put(code.code(), count));
    json.put("rejectedByCode", byCode);
    json.put("rejections", report.rejections().stream().map(Rejection::message).toList());
    json.put("tokens", report.tokens());
    json.put("seconds", report.elapsed().toMillis() / 1000.0);
    return json;
  }
}
