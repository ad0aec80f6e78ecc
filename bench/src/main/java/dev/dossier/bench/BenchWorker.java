package dev.dossier.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.core.Article;
import dev.dossier.core.DossierException;
import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Benchmarks one system in a JVM of its own, so that its heap figures are its alone, and prints a
 * {@link SystemRun} as one line of JSON on standard output. {@link PipelineBenchmark} starts it;
 * it is not meant to be run by hand.
 *
 * <pre>
 * BenchWorker --system dossier|corenlp --corpus FILE --limit N --threads T --warmup W
 * </pre>
 *
 * <p>In order: read the articles (ingest), count their tokens, load the models, collect garbage
 * and note the heap the models hold, process the first {@code W} articles once to warm the JIT
 * compiler up, then time all {@code N} articles on {@code T} threads that take the next article
 * from a shared counter. Only the last step is timed.
 */
public final class BenchWorker {

  private static final ObjectMapper JSON = new ObjectMapper();

  private BenchWorker() {}

  public static void main(String[] args) throws Exception {
    // Only the report may reach standard output: anything a library prints goes to stderr.
    PrintStream report = System.out;
    System.setOut(System.err);
    String system = null;
    Path corpus = null;
    int limit = 0;
    int threads = 1;
    int warmup = 0;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--system" -> system = args[i + 1];
        case "--corpus" -> corpus = Path.of(args[i + 1]);
        case "--limit" -> limit = Integer.parseInt(args[i + 1]);
        case "--threads" -> threads = Integer.parseInt(args[i + 1]);
        case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    try {
      SystemRun run = run(system(system), new BenchOptions(corpus, limit, threads, warmup));
      report.println(JSON.writeValueAsString(run));
      report.flush();
    } catch (DossierException e) {
      System.err.println("bench " + system + ": " + e.userMessage());
      System.exit(1);
    }
  }

  static BenchSystem system(String name) {
    return switch (name == null ? "" : name) {
      case "dossier" -> new DossierSystem();
      case "corenlp" -> new CoreNlpSystem();
      default -> throw new IllegalArgumentException("unknown system '" + name + "': expected dossier or corenlp");
    };
  }

  static SystemRun run(BenchSystem system, BenchOptions options) throws InterruptedException {
    try (HeapWatcher heap = new HeapWatcher()) {
      Corpus corpus = Corpus.read(options.corpus(), options.limit());
      List<Article> articles = corpus.articles();
      long tokens = TokenCounter.count(articles);

      long loadStart = System.nanoTime();
      system.load();
      double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
      System.gc();
      long heapAfterLoad = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();

      int warmup = Math.min(options.warmup(), articles.size());
      AtomicInteger failed = new AtomicInteger();
      AtomicReference<String> firstFailure = new AtomicReference<>();
      for (int i = 0; i < warmup; i++) {
        processQuietly(system, articles.get(i), failed, firstFailure);
      }
      failed.set(0);
      firstFailure.set(null);
      system.resetStageTimes();

      Timed timed = timeAll(system, articles, options.threads(), failed, firstFailure);
      if (firstFailure.get() != null) {
        System.err.println("bench " + system.name() + ": " + failed.get() + " article(s) failed; first: " + firstFailure.get());
      }
      return new SystemRun(
          system.name(),
          system.description(),
          articles.size(),
          tokens,
          corpus.rejected().size(),
          failed.get(),
          options.threads(),
          warmup,
          loadSeconds,
          timed.wallNanos / 1e9,
          timed.workerCpuNanos / 1e9,
          timed.processCpuNanos / 1e9,
          timed.gcMillis / 1e3,
          timed.jitMillis / 1e3,
          heap.peakUsed(),
          heap.peakLive(),
          heapAfterLoad,
          Runtime.getRuntime().maxMemory(),
          System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
          ManagementFactory.getRuntimeMXBean().getInputArguments(),
          system.stageShares(articles.size()));
    }
  }

  private record Timed(long wallNanos, long workerCpuNanos, long processCpuNanos, long gcMillis, long jitMillis) {}

  /** Every article once, on {@code threads} threads released together after all have started. */
  private static Timed timeAll(BenchSystem system, List<Article> articles, int threads, AtomicInteger failed, AtomicReference<String> firstFailure)
      throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    LongAdder workerCpu = new LongAdder();
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread worker = new Thread(() -> {
        ready.countDown();
        try {
          go.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        long cpuStart = CpuClock.threadNanos();
        for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
          processQuietly(system, articles.get(i), failed, firstFailure);
        }
        workerCpu.add(CpuClock.threadNanos() - cpuStart);
      }, "bench-" + system.name() + "-" + t);
      workers.add(worker);
      worker.start();
    }
    ready.await();
    long processCpuStart = processCpuNanos();
    long gcStart = gcMillis();
    long jitStart = jitMillis();
    long wallStart = System.nanoTime();
    go.countDown();
    for (Thread worker : workers) {
      worker.join();
    }
    long wall = System.nanoTime() - wallStart;
    return new Timed(wall, workerCpu.sum(), processCpuNanos() - processCpuStart, gcMillis() - gcStart, jitMillis() - jitStart);
  }

  /** Runs one article; a failure is counted and remembered, as the engine would reject the article and go on. */
  private static void processQuietly(BenchSystem system, Article article, AtomicInteger failed, AtomicReference<String> firstFailure) {
    try {
      system.process(article);
    } catch (RuntimeException e) {
      failed.incrementAndGet();
      firstFailure.compareAndSet(null, article.origin() + ": " + e);
    }
  }

  /** Time all collectors have spent collecting, in milliseconds. */
  private static long gcMillis() {
    long millis = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      millis += Math.max(0, collector.getCollectionTime());
    }
    return millis;
  }

  /** Time the JIT compilers have spent compiling, in milliseconds; 0 where the JVM does not tell. */
  private static long jitMillis() {
    CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
    return compiler != null && compiler.isCompilationTimeMonitoringSupported() ? compiler.getTotalCompilationTime() : 0;
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }
}
