package dev.dossier.bench;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link PipelineBenchmark#run} measures.
 *
 * @param corpus an input ingest can read (JSONL, text, HTML, WARC, or a directory of them), read
 *     from where it lies and never copied
 * @param limit how many articles to time, the first ones the corpus yields
 * @param threads worker threads per system
 * @param warmup how many of those articles each system processes once before timing starts, so
 *     that the JIT compiler has seen the hot code; they are then timed again with the rest
 */
public record BenchOptions(Path corpus, int limit, int threads, int warmup) {

  /**
   * Articles processed as warm-up unless told otherwise (at most all of them). On 2,000 Reuters
   * articles, a warm-up of 50 left both systems compiling during the timed run (Dossier's date and
   * tagger code ran at half speed); about 1,000 articles (150,000 tokens) reach steady state, which
   * is what a long ingest runs at.
   */
  public static final int DEFAULT_WARMUP = 1000;

  /**
   * @throws IllegalArgumentException if {@code limit} or {@code threads} is below 1 or {@code
   *     warmup} is negative
   */
  public BenchOptions {
    Objects.requireNonNull(corpus, "corpus");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    if (warmup < 0) {
      throw new IllegalArgumentException("warmup must be 0 or more, was " + warmup);
    }
  }

  /** {@code limit} articles on one thread per core, with the default warm-up. */
  public static BenchOptions of(Path corpus, int limit) {
    return new BenchOptions(corpus, limit, Runtime.getRuntime().availableProcessors(), DEFAULT_WARMUP);
  }
}
