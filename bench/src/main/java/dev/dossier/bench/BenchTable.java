package dev.dossier.bench;

import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Renders a {@link BenchReport} as plain text: the two systems side by side, then Dossier's stages. */
final class BenchTable {

  private static final double MB = 1024.0 * 1024.0;

  private BenchTable() {}

  static String render(BenchReport report) {
    SystemRun dossier = report.dossier();
    SystemRun corenlp = report.corenlp();
    StringBuilder out = new StringBuilder();
    line(out, "Throughput: %s, %,d articles, %,d tokens (CoreNLP default tokenizer), %d worker thread(s) per system (%s)",
        report.corpus(), dossier.articles(), dossier.tokens(), report.options().threads(), report.date());
    line(out, "Machine: %d cores, %s, %s; %s", report.machine().cores(), report.machine().cpu(), report.machine().os(), report.machine().jdk());
    line(out, "Each system ran in its own JVM (%s); %s", String.join(" ", report.machine().childJvmArguments()), warmup(dossier));
    if (dossier.rejected() > 0) {
      line(out, "Ingest rejected %,d input(s) before the %,d articles were read.", dossier.rejected(), dossier.articles());
    }
    line(out, "");
    line(out, "%-40s %15s %15s", "", "Dossier", "CoreNLP default");
    row(out, "articles/s per core", dossier, corenlp, SystemRun::articlesPerCoreSecond, "%,.1f");
    row(out, "tokens/s per core", dossier, corenlp, SystemRun::tokensPerCoreSecond, "%,.0f");
    row(out, "articles/s, wall clock", dossier, corenlp, SystemRun::articlesPerSecond, "%,.1f");
    row(out, "tokens/s, wall clock", dossier, corenlp, SystemRun::tokensPerSecond, "%,.0f");
    row(out, "worker CPU time, s", dossier, corenlp, SystemRun::workerCpuSeconds, "%,.1f");
    row(out, "process CPU time (GC, JIT included), s", dossier, corenlp, SystemRun::processCpuSeconds, "%,.1f");
    row(out, "garbage-collection time, s", dossier, corenlp, SystemRun::gcSeconds, "%,.1f");
    row(out, "JIT compilation time, s", dossier, corenlp, SystemRun::jitSeconds, "%,.1f");
    row(out, "wall-clock time, s", dossier, corenlp, SystemRun::wallSeconds, "%,.1f");
    row(out, "model loading, s", dossier, corenlp, SystemRun::loadSeconds, "%,.1f");
    row(out, "peak heap used, MB", dossier, corenlp, r -> r.peakHeapBytes() / MB, "%,.0f");
    row(out, "peak live heap after GC, MB", dossier, corenlp, r -> r.peakLiveHeapBytes() / MB, "%,.0f");
    row(out, "heap held by loaded models, MB", dossier, corenlp, r -> r.heapAfterLoadBytes() / MB, "%,.0f");
    if (dossier.failed() + corenlp.failed() > 0) {
      row(out, "articles that failed", dossier, corenlp, SystemRun::failed, "%,.0f");
    }
    line(out, "");
    double speedUp = report.speedUp();
    line(out, "Speed-up, tokens/s per core, Dossier over CoreNLP default: %.1fx (target >= %.0fx: %s)",
        speedUp, BenchReport.TARGET_SPEEDUP, speedUp >= BenchReport.TARGET_SPEEDUP ? "met" : "NOT met");
    line(out, "");
    line(out, "Dossier stages, share of the pipeline's CPU time (Stage.process calls):");
    for (StageShare stage : dossier.stages()) {
      line(out, "  %-10s %5.1f%%  %7.2f ms/article", stage.stage(), 100 * stage.share(), stage.msPerArticle());
    }
    return out.toString();
  }

  private static String warmup(SystemRun run) {
    if (run.warmup() == 0) {
      return "no warm-up: JIT compilation is part of the timings.";
    }
    if (run.warmup() >= run.articles()) {
      return "every article was processed once as JIT warm-up, then all were timed.";
    }
    return String.format(Locale.ROOT, "the first %d articles were processed once as JIT warm-up, then all %,d were timed.", run.warmup(), run.articles());
  }

  private static void row(StringBuilder out, String label, SystemRun dossier, SystemRun corenlp, ToDoubleFunction<SystemRun> value, String format) {
    line(out, "%-40s %15s %15s", label, String.format(Locale.ROOT, format, value.applyAsDouble(dossier)), String.format(Locale.ROOT, format, value.applyAsDouble(corenlp)));
  }

  private static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
  }
}
