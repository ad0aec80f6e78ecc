package dev.dossier.bench;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the throughput and memory of Dossier's pipeline beside CoreNLP's default pipeline on
 * the same articles: {@code dossier bench --corpus FILE --limit N [--threads T]}.
 *
 * <p>Design. Each system runs in a child JVM of its own ({@link BenchWorker}), started with this
 * JVM's executable, class path and heap and GC options, one after the other so they never share
 * the cores. That keeps each system's peak heap free of the other's models and garbage, and lets
 * the JIT compiler specialise on one system at a time. Both read the same first {@code N}
 * articles with the ingest module, count tokens with CoreNLP's default tokenizer, load their
 * models, warm up on a few articles, and then time every article on {@code T} threads.
 *
 * <p>Throughput per core is tokens over the summed CPU time of the worker threads (from {@link
 * java.lang.management.ThreadMXBean}), so it does not depend on how many cores the machine has or
 * what else runs on it; wall-clock throughput is reported beside it. For Dossier, every stage is
 * timed in {@code Stage.process}, which gives each stage's share of the pipeline.
 */
public final class PipelineBenchmark {

  private PipelineBenchmark() {}

  /**
   * Runs both systems and compares them.
   *
   * @throws DossierException {@link ErrorCode#INPUT_NOT_FOUND} if the corpus does not exist, or the
   *     error a child reported (no article, models missing)
   * @throws IllegalStateException if a child JVM fails in another way; its messages are on
   *     standard error
   */
  public static BenchReport run(BenchOptions options) {
    if (!Files.exists(options.corpus())) {
      throw new DossierException(ErrorCode.INPUT_NOT_FOUND, options.corpus() + ": no such corpus file or directory");
    }
    List<String> jvmArguments = childJvmArguments();
    SystemRun dossier = runChild("dossier", options, jvmArguments);
    SystemRun corenlp = runChild("corenlp", options, jvmArguments);
    return new BenchReport(
        options.corpus().toString(), LocalDate.now(ZoneOffset.UTC).toString(), options, Machine.current(jvmArguments), dossier, corenlp);
  }

  /**
   * The heap and GC options of this JVM, which the children inherit so that both systems run
   * under the same memory limits, and its {@code -Ddossier.*} switches (such as
   * {@code -Ddossier.parser=corenlp}), so that an experiment set on the command line reaches the
   * pipeline it measures. Debugging agents and other options are left out: a child must not, say,
   * open the same debugger port.
   */
  static List<String> childJvmArguments() {
    List<String> kept = new ArrayList<>();
    for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (argument.startsWith("-Xmx") || argument.startsWith("-Xms") || argument.startsWith("-Xss") || argument.startsWith("-XX:")
          || argument.startsWith("-Ddossier.") && !argument.startsWith("-Ddossier.home=") && !argument.startsWith("-Ddossier.std")) {
        kept.add(argument);
      }
    }
    return kept;
  }

  private static SystemRun runChild(String system, BenchOptions options, List<String> jvmArguments) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmArguments);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchWorker.class.getName()));
    command.addAll(List.of(
        "--system", system,
        "--corpus", options.corpus().toString(),
        "--limit", Integer.toString(options.limit()),
        "--threads", Integer.toString(options.threads()),
        "--warmup", Integer.toString(options.warmup())));
    Process process;
    try {
      process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start a JVM for the " + system + " benchmark: " + e.getMessage(), e);
    }
    try (InputStream stdout = process.getInputStream()) {
      String output = new String(stdout.readAllBytes(), StandardCharsets.UTF_8).strip();
      int exit = process.waitFor();
      if (exit != 0 || output.isEmpty()) {
        throw new IllegalStateException("the " + system + " benchmark JVM failed (exit code " + exit + "); its messages are above");
      }
      String last = output.substring(output.lastIndexOf('\n') + 1);
      return BenchReport.JSON.readValue(last, SystemRun.class);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the " + system + " benchmark's report: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      process.destroy();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the " + system + " benchmark ran", e);
    }
  }
}
