package dev.dossier.engine;

import dev.dossier.core.Article;
import dev.dossier.core.Doc;
import dev.dossier.core.ErrorCode;
import dev.dossier.core.Pipeline;
import dev.dossier.core.Rejection;
import dev.dossier.ingest.ReadResult;
import dev.dossier.nlp.NlpPipeline;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the pipeline over a stream of articles on all cores, handing results back in input order.
 *
 * <p>At most a few articles per thread are in flight, so memory does not grow with the input. An
 * article whose analysis throws becomes a {@link Rejection} ({@link ErrorCode#ARTICLE_FAILED})
 * naming its origin, and the run goes on. Results reach the {@link Sink} on the calling thread,
 * one at a time, so the sink need not be thread-safe.
 *
 * <p>An analyzer is immutable and can run several streams, one after the other or at once.
 */
public final class Analyzer {

  /** Receives results in input order, on the thread that called {@link #run}. */
  public interface Sink {

    /** An analysed article. */
    void accept(Doc doc);

    /** An input that did not become an analysed article. */
    void reject(Rejection rejection);
  }

  private static final int IN_FLIGHT_PER_THREAD = 4;

  private final Pipeline pipeline;
  private final int threads;

  public Analyzer(Pipeline pipeline, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.threads = threads;
  }

  /** The standard pipeline on every available core. */
  public static Analyzer standard() {
    return new Analyzer(NlpPipeline.standard(), Runtime.getRuntime().availableProcessors());
  }

  public Pipeline pipeline() {
    return pipeline;
  }

  public int threads() {
    return threads;
  }

  /** Analyses one article on the calling thread. */
  public Doc analyse(Article article) {
    return pipeline.process(article);
  }

  /**
   * Analyses every article the input yields and passes rejections through, all in input order.
   *
   * @throws RuntimeException whatever the sink throws, after stopping the workers
   */
  public void run(Iterator<ReadResult> input, Sink sink) {
    ExecutorService workers = Executors.newFixedThreadPool(threads, new WorkerThreads());
    ArrayDeque<Future<Object>> inFlight = new ArrayDeque<>();
    int limit = threads * IN_FLIGHT_PER_THREAD;
    try {
      while (input.hasNext()) {
        ReadResult result = input.next();
        if (result instanceof ReadResult.Read read) {
          inFlight.add(workers.submit(() -> analyseOrReject(read.article())));
        } else if (result instanceof ReadResult.Rejected rejected) {
          inFlight.add(CompletableFuture.completedFuture(rejected.rejection()));
        }
        while (inFlight.size() >= limit) {
          deliver(inFlight.poll(), sink);
        }
      }
      while (!inFlight.isEmpty()) {
        deliver(inFlight.poll(), sink);
      }
    } finally {
      workers.shutdownNow();
    }
  }

  private Object analyseOrReject(Article article) {
    try {
      return pipeline.process(article);
    } catch (RuntimeException | StackOverflowError e) {
      return new Rejection(article.origin(), ErrorCode.ARTICLE_FAILED, "article " + article.id() + ": " + e);
    }
  }

  private static void deliver(Future<Object> future, Sink sink) {
    Object outcome;
    try {
      outcome = future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for analysis", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("analysis failed unexpectedly: " + cause, cause);
    }
    if (outcome instanceof Doc doc) {
      sink.accept(doc);
    } else {
      sink.reject((Rejection) outcome);
    }
  }

  /** Daemon threads, so a failed run never keeps the JVM alive. */
  private static final class WorkerThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable runnable) {
      Thread thread = new Thread(runnable, "dossier-analyzer-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
