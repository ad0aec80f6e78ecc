package dev.dossier.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * What one system did in its own JVM: the measurements a {@link BenchWorker} reports as JSON.
 *
 * @param system {@code dossier} or {@code corenlp}
 * @param description what exactly ran
 * @param articles articles timed
 * @param tokens their tokens, counted by CoreNLP's default tokenizer for both systems
 * @param rejected inputs ingest rejected while the articles were read
 * @param failed timed articles the system threw on (they still count as processed)
 * @param threads worker threads
 * @param warmup articles processed once before timing
 * @param loadSeconds time to load the models
 * @param wallSeconds wall-clock time of the timed run
 * @param workerCpuSeconds CPU time of the worker threads in the timed run, summed
 * @param processCpuSeconds CPU time of the whole JVM in the timed run, garbage collection and JIT
 *     compilation included
 * @param gcSeconds time the garbage collectors spent collecting in the timed run
 * @param jitSeconds time the JIT compilers spent compiling in the timed run
 * @param peakHeapBytes the largest heap use over the JVM's life, models loading included
 * @param peakLiveHeapBytes the largest heap use left after a garbage collection
 * @param heapAfterLoadBytes heap use after loading the models and a full collection: what the
 *     models hold
 * @param maxHeapBytes the heap limit the JVM ran with
 * @param jvm the JVM's name and version
 * @param jvmArguments the JVM's options
 * @param stages each stage's share of the pipeline's time; empty for CoreNLP
 */
public record SystemRun(
    String system,
    String description,
    int articles,
    long tokens,
    int rejected,
    int failed,
    int threads,
    int warmup,
    double loadSeconds,
    double wallSeconds,
    double workerCpuSeconds,
    double processCpuSeconds,
    double gcSeconds,
    double jitSeconds,
    long peakHeapBytes,
    long peakLiveHeapBytes,
    long heapAfterLoadBytes,
    long maxHeapBytes,
    String jvm,
    List<String> jvmArguments,
    List<StageShare> stages) {

  public SystemRun {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(description, "description");
    jvmArguments = List.copyOf(jvmArguments);
    stages = List.copyOf(stages);
  }

  /** Articles per second of worker CPU time: the throughput of one core. */
  @JsonProperty
  public double articlesPerCoreSecond() {
    return perSecond(articles, workerCpuSeconds);
  }

  /** Tokens per second of worker CPU time: the throughput of one core. */
  @JsonProperty
  public double tokensPerCoreSecond() {
    return perSecond(tokens, workerCpuSeconds);
  }

  /** Articles per second of wall-clock time, with all worker threads. */
  @JsonProperty
  public double articlesPerSecond() {
    return perSecond(articles, wallSeconds);
  }

  /** Tokens per second of wall-clock time, with all worker threads. */
  @JsonProperty
  public double tokensPerSecond() {
    return perSecond(tokens, wallSeconds);
  }

  private static double perSecond(double count, double seconds) {
    return seconds <= 0 ? 0 : count / seconds;
  }
}
