package dev.dossier.cli;

import dev.dossier.bench.BenchOptions;
import dev.dossier.bench.BenchReport;
import dev.dossier.bench.PipelineBenchmark;
import dev.dossier.bench.RecyclingBenchmark;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dossier bench}: throughput and peak heap of Dossier's pipeline beside CoreNLP's default
 * pipeline, each system in a JVM of its own with this JVM's heap and GC options.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure articles/s, tokens/s per core and peak heap of Dossier's pipeline and of CoreNLP's default",
      "tokenize,ssplit,pos,lemma,ner pipeline on the same articles. See docs/PERFORMANCE.md.",
      "With --recycling: ingest the first N articles into a temporary data folder and report the cross-document",
      "step's (text reuse, stories, quality) cost per article as the store grows."
    })
final class BenchCommand implements Callable<Integer> {

  @Option(names = "--corpus", paramLabel = "FILE", description = "Articles in any format ingest reads (JSONL, text, HTML, WARC, a folder).")
  Path corpus;

  @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "How many articles to time (the first N of the corpus).")
  int limit;

  @Option(names = "--data", paramLabel = "DIR", description = "With --recycling: replay the step over this ingested data folder (left unchanged), without NLP.")
  Path data;

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads per system (default: one per core).")
  Integer threads;

  @Option(names = "--warmup", defaultValue = "" + BenchOptions.DEFAULT_WARMUP, paramLabel = "W",
      description = "Articles each system processes once before timing (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--format", defaultValue = "human", description = "human or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--recycling", description = "Time the cross-document step inside a real ingest instead of the pipelines.")
  boolean recycling;

  @Spec CommandLine.Model.CommandSpec spec;

  private final Terminal terminal;

  BenchCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  private void requireCorpus() {
    if (corpus == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--corpus FILE is required" + (recycling ? " (or --data DIR)" : ""));
    }
    if (limit < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, was " + limit);
    }
  }

  @Override
  public Integer call() {
    if (recycling) {
      RecyclingBenchmark.Report report;
      try {
        if (data != null) {
          terminal.err().printf("bench: replaying the cross-document step over a copy of %s...%n", data);
          terminal.err().flush();
          report = RecyclingBenchmark.replay(data, limit);
        } else {
          requireCorpus();
          terminal.err().printf("bench: ingesting %d articles of %s into a temporary data folder...%n", limit, corpus);
          terminal.err().flush();
          report = RecyclingBenchmark.run(corpus, limit);
        }
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
      terminal.out().print(format == Format.human ? report.toTable() : report.toJson() + System.lineSeparator());
      terminal.out().flush();
      return 0;
    }
    requireCorpus();
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    BenchOptions options;
    try {
      options = new BenchOptions(corpus, limit, workers, warmup);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    terminal.err().printf("bench: %d articles of %s, %d thread(s), each system in its own JVM...%n", limit, corpus, workers);
    terminal.err().flush();
    BenchReport report = PipelineBenchmark.run(options);
    terminal.out().print(format == Format.human ? report.toTable() : report.toJson() + System.lineSeparator());
    terminal.out().flush();
    return 0;
  }
}
