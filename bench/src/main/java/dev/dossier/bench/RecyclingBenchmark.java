package dev.dossier.bench;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.engine.Engine;
import dev.dossier.engine.IngestListener;
import dev.dossier.engine.IngestReport;
import dev.dossier.engine.Recycler;
import dev.dossier.store.Store;
import dev.dossier.store.StoredArticle;
import dev.dossier.ingest.ArticleStream;
import dev.dossier.ingest.IngestOptions;
import dev.dossier.ingest.Inputs;
import dev.dossier.ingest.ReadResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * How the engine's cross-document step (text reuse, stories, quality) costs per article as the
 * store grows: {@code dossier bench --recycling --corpus FILE --limit N}, or, without the NLP
 * pipeline, over a data folder already ingested: {@code dossier bench --recycling --data DIR}
 * ({@link #replay}).
 *
 * <p>It ingests the first {@code N} articles of the corpus into a fresh data folder in a temporary
 * directory, exactly as {@code dossier ingest} does (NLP pipeline on all cores, batches of 100
 * committed to SQLite and Lucene), and times the step after each committed batch ({@link
 * IngestListener#recycled}), in wall-clock and in CPU time of the ingesting thread. The report
 * groups batches by how many articles the store held before them. The data folder is deleted afterwards.
 */
public final class RecyclingBenchmark {

  /**
   * The step's cost over the batches that found the store within one size range.
   *
   * @param fromArticles the store's size at the range's start
   * @param toArticles the store's size at its end
   * @param articles articles recycled in the range
   * @param msPerArticle the step's wall-clock time per article
   * @param cpuMsPerArticle the step's CPU time per article, on the ingesting thread: unlike wall
   *     time, it does not count the waits while the pipeline's threads hold the cores
   */
  public record Range(long fromArticles, long toArticles, long articles, double msPerArticle, double cpuMsPerArticle) {}

  /**
   * @param corpus what was ingested
   * @param ingest the ingest's own report
   * @param ranges the step's cost by store size
   */
  public record Report(Path corpus, IngestReport ingest, List<Range> ranges) {

    public String toTable() {
      StringBuilder out = new StringBuilder();
      out.append(String.format(java.util.Locale.ROOT, "Cross-document step (reuse, stories, quality) over %,d articles of %s%n%n", ingest.ingested(), corpus));
      out.append(String.format(java.util.Locale.ROOT, "%-22s %9s %14s %18s%n", "store size (articles)", "articles", "ms per article", "CPU ms per article"));
      for (Range range : ranges) {
        out.append(String.format(java.util.Locale.ROOT, "%,9d - %,-10d %9d %14.2f %18.2f%n", range.fromArticles(), range.toArticles(), range.articles(), range.msPerArticle(),
            range.cpuMsPerArticle()));
      }
      out.append(String.format(java.util.Locale.ROOT, "%nin all: %.1f s, %.1f articles/s%n", ingest.elapsed().toMillis() / 1000.0, ingest.articlesPerSecond()));
      return out.toString();
    }

    public String toJson() {
      StringBuilder out = new StringBuilder("{\"corpus\":\"" + corpus.toString().replace("\"", "\\\"") + "\",\"articles\":" + ingest.ingested() + ",\"ranges\":[");
      for (int i = 0; i < ranges.size(); i++) {
        Range range = ranges.get(i);
        out.append(i == 0 ? "" : ",").append(String.format(java.util.Locale.ROOT, "{\"from\":%d,\"to\":%d,\"articles\":%d,\"ms_per_article\":%.3f,\"cpu_ms_per_article\":%.3f}",
            range.fromArticles(), range.toArticles(), range.articles(), range.msPerArticle(), range.cpuMsPerArticle()));
      }
      return out.append("]}").toString();
    }
  }

  /** Store sizes at which a new range starts. */
  static final long[] RANGE_STARTS = {0, 1_000, 2_000, 5_000, 10_000, 15_000, 20_000};

  private RecyclingBenchmark() {}

  public static Report run(Path corpus, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1, was " + limit);
    }
    Path data;
    try {
      data = Files.createTempDirectory("dossier-bench-recycling-");
    } catch (IOException e) {
      throw new DossierException(ErrorCode.STORE_UNAVAILABLE, "cannot create a temporary data folder: " + e, e);
    }
    long[] stored = {0};
    long[][] sums = new long[RANGE_STARTS.length][3];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] cpuAtCommit = {0};
    IngestReport report;
    try (Engine engine = Engine.open(data);
        ArticleStream stream = new Limited(Inputs.open(List.of(corpus.toString()), IngestOptions.NONE), limit)) {
      report =
          engine.ingest(
              stream,
              new IngestListener() {
                @Override
                public void committed(long batch, int articles) {
                  // Called on the ingesting thread just before the step runs there.
                  cpuAtCommit[0] = threads.getCurrentThreadCpuTime();
                }

                @Override
                public void recycled(long batch, int articles, Duration elapsed) {
                  int range = rangeOf(stored[0]);
                  sums[range][0] += articles;
                  sums[range][1] += elapsed.toNanos();
                  sums[range][2] += threads.getCurrentThreadCpuTime() - cpuAtCommit[0];
                  stored[0] += articles;
                }
              });
    } finally {
      delete(data);
    }
    return new Report(corpus, report, ranges(sums, stored[0]));
  }

  /**
   * Runs the step again over the articles of an existing data folder, without the NLP pipeline:
   * a copy of its database is opened in a temporary folder, the step's tables are emptied, and its
   * articles (with their stored entities and dates) are recycled in the order they were stored, a
   * hundred per transaction, as the engine's catch-up does. The folder given is not changed.
   *
   * @param limit recycle at most this many articles, 0 for all
   * @throws DossierException {@link ErrorCode#INPUT_NOT_FOUND} if the folder holds no database
   */
  public static Report replay(Path dataDir, int limit) {
    Path database = dataDir.resolve("dossier.db");
    if (!Files.isRegularFile(database)) {
      throw new DossierException(ErrorCode.INPUT_NOT_FOUND, dataDir + " holds no dossier.db");
    }
    Path copy;
    try {
      copy = Files.createTempDirectory("dossier-bench-replay-");
      for (String suffix : List.of("", "-wal")) {
        Path part = dataDir.resolve("dossier.db" + suffix);
        if (Files.exists(part)) {
          Files.copy(part, copy.resolve("dossier.db" + suffix));
        }
      }
    } catch (IOException e) {
      throw new DossierException(ErrorCode.STORE_UNAVAILABLE, "cannot copy " + database + " to a temporary folder: " + e, e);
    }
    long[][] sums = new long[RANGE_STARTS.length][3];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long recycled = 0;
    long started = System.nanoTime();
    Recycler recycler = Recycler.standard();
    try (Store store = Store.open(copy)) {
      store.recycle(tables -> {
        tables.clear();
        return null;
      });
      List<String> ids = store.articlesAfterBatch(0);
      if (limit > 0 && limit < ids.size()) {
        ids = ids.subList(0, limit);
      }
      for (int from = 0; from < ids.size(); from += CHUNK) {
        List<StoredArticle> chunk = new ArrayList<>();
        for (String id : ids.subList(from, Math.min(ids.size(), from + CHUNK))) {
          store.article(id).ifPresent(chunk::add);
        }
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        store.recycle(tables -> {
          for (StoredArticle article : chunk) {
            recycler.add(tables, article.article(), article.entities(), article.dates());
          }
          return null;
        });
        int range = rangeOf(recycled);
        sums[range][0] += chunk.size();
        sums[range][1] += System.nanoTime() - wall;
        sums[range][2] += threads.getCurrentThreadCpuTime() - cpu;
        recycled += chunk.size();
      }
    } finally {
      delete(copy);
    }
    IngestReport summary = new IngestReport(recycled, 0, 0, 0, java.util.Map.of(), List.of(), 0, Duration.ofNanos(System.nanoTime() - started));
    return new Report(dataDir, summary, ranges(sums, recycled));
  }

  private static final int CHUNK = 100;

  private static int rangeOf(long stored) {
    int range = 0;
    while (range + 1 < RANGE_STARTS.length && stored >= RANGE_STARTS[range + 1]) {
      range++;
    }
    return range;
  }

  private static List<Range> ranges(long[][] sums, long stored) {
    List<Range> ranges = new ArrayList<>();
    for (int i = 0; i < RANGE_STARTS.length; i++) {
      if (sums[i][0] > 0) {
        long end = i + 1 < RANGE_STARTS.length ? Math.min(RANGE_STARTS[i + 1], stored) : stored;
        ranges.add(new Range(RANGE_STARTS[i], end, sums[i][0], sums[i][1] / 1e6 / sums[i][0], sums[i][2] / 1e6 / sums[i][0]));
      }
    }
    return ranges;
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // A temporary folder left behind is the operating system's to clean.
    }
  }

  /** The first {@code limit} articles of a stream (rejections pass and do not count). */
  private static final class Limited implements ArticleStream {
    private final ArticleStream stream;
    private int left;

    Limited(ArticleStream stream, int limit) {
      this.stream = stream;
      this.left = limit;
    }

    @Override
    public boolean hasNext() {
      return left > 0 && stream.hasNext();
    }

    @Override
    public ReadResult next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ReadResult result = stream.next();
      if (result instanceof ReadResult.Read) {
        left--;
      }
      return result;
    }

    @Override
    public long bytesRead() {
      return stream.bytesRead();
    }

    @Override
    public long bytesTotal() {
      return stream.bytesTotal();
    }

    @Override
    public void close() {
      stream.close();
    }
  }
}
