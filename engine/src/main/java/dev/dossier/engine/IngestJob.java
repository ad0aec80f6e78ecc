package dev.dossier.engine;

import dev.dossier.core.Article;
import dev.dossier.core.Doc;
import dev.dossier.core.ErrorCode;
import dev.dossier.core.Layers;
import dev.dossier.core.Rejection;
import dev.dossier.ingest.ArticleStream;
import dev.dossier.ingest.ReadResult;
import dev.dossier.store.ArticleStatus;
import dev.dossier.store.Batch;
import dev.dossier.store.BatchResult;
import dev.dossier.store.IngestLogEntry;
import dev.dossier.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * One ingest: reads inputs, skips articles the store already holds unchanged (before any analysis,
 * so re-ingesting a corpus is cheap), analyses the rest in parallel and commits them in batches.
 *
 * <p>Each batch commits atomically: a crash loses at most the batch being built, and the next run
 * finds everything committed before it unchanged. A batch closes after {@link #BATCH_SIZE} articles,
 * {@link #BATCH_TOKENS} tokens (a few seconds of analysis, so progress is saved often on long
 * articles) or {@link #BATCH_LOG} log entries, whichever comes first. The bounds count the input,
 * never the clock: the articles of a batch are resolved against each other and the store, and
 * stories and reuse are found per batch, so where batches end shapes the result, and the same input
 * in the same order must end them in the same places to give the same store.
 */
final class IngestJob {

  static final int BATCH_SIZE = 100;
  /** About five seconds of analysis on two cores at the demo corpus's pace (4,000 tokens/s). */
  static final long BATCH_TOKENS = 20_000;
  /** Unchanged and rejected inputs cost little; their log entries are still saved in bounded batches. */
  static final int BATCH_LOG = 1_000;

  private final Store store;
  private final Analyzer analyzer;
  private final IngestListener listener;
  private final Clock clock;
  private final EntityResolution resolution;
  private final RecyclingStep recycling;
  private final EventInstances events = new EventInstances();

  private final List<Doc> pendingDocs = new ArrayList<>();
  private final List<IngestLogEntry> pendingLog = new ArrayList<>();
  private final Map<String, ArticleStatus> statusById = new HashMap<>();
  private final Map<String, String> hashSeenInRun = new HashMap<>();
  private final Map<ErrorCode, Long> rejectedByCode = new EnumMap<>(ErrorCode.class);
  private final List<Rejection> rejections = new ArrayList<>();
  private long ingested;
  private long updated;
  private long unchanged;
  private long rejected;
  private long tokens;
  private long settled;
  private long pendingTokens;

  IngestJob(Store store, Analyzer analyzer, IngestListener listener, Clock clock, EntityResolution resolution, RecyclingStep recycling) {
    this.store = store;
    this.analyzer = analyzer;
    this.listener = listener;
    this.clock = clock;
    this.resolution = resolution;
    this.recycling = recycling;
  }

  IngestReport run(ArticleStream stream) {
    Instant started = clock.instant();
    analyzer.run(new NewArticles(stream), new Analyzer.Sink() {
      @Override
      public void accept(Doc doc) {
        stored(doc);
        progress(stream);
      }

      @Override
      public void reject(Rejection rejection) {
        rejected(rejection);
        progress(stream);
      }
    });
    commit();
    return new IngestReport(ingested, updated, unchanged, rejected, rejectedByCode, rejections, tokens, Duration.between(started, clock.instant()));
  }

  private void stored(Doc doc) {
    ArticleStatus status = statusById.remove(doc.id());
    if (status == ArticleStatus.CHANGED) {
      updated++;
    } else {
      ingested++;
    }
    int docTokens = doc.get(Layers.TOKENS).size();
    tokens += docTokens;
    pendingTokens += docTokens;
    pendingDocs.add(doc);
    pendingLog.add(IngestLogEntry.of(doc.article().origin(), doc.id(), status == null ? ArticleStatus.NEW : status, clock.instant()));
    commitIfDue();
  }

  private void rejected(Rejection rejection) {
    rejected++;
    rejectedByCode.merge(rejection.code(), 1L, Long::sum);
    if (rejections.size() < IngestReport.KEPT_REJECTIONS) {
      rejections.add(rejection);
    }
    listener.rejected(rejection);
    pendingLog.add(new IngestLogEntry(rejection.input(), null, IngestLogEntry.Status.REJECTED, rejection.code().code(), rejection.message(), clock.instant()));
    commitIfDue();
  }

  private void unchanged(Article article) {
    unchanged++;
    pendingLog.add(IngestLogEntry.of(article.origin(), article.id(), ArticleStatus.UNCHANGED, clock.instant()));
    commitIfDue();
  }

  private void progress(ArticleStream stream) {
    settled++;
    listener.progress(settled, stream.bytesRead(), stream.bytesTotal());
  }

  private void commitIfDue() {
    if (pendingDocs.size() >= BATCH_SIZE || pendingTokens >= BATCH_TOKENS || pendingLog.size() >= BATCH_LOG) {
      commit();
    }
  }

  private void commit() {
    pendingTokens = 0;
    if (pendingDocs.isEmpty() && pendingLog.isEmpty()) {
      return;
    }
    EntityResolution.Resolved resolved = resolution.resolve(pendingDocs, new BatchMemory(new StoreEntityMemory(store)));
    EventInstances.Memory eventMemory = new EventInstances.InMemory(new StoreEventMemory(store));
    List<Doc> docs = new ArrayList<>(resolved.docs().size());
    for (Doc doc : resolved.docs()) {
      docs.add(events.link(doc, eventMemory));
    }
    BatchResult result = store.commit(new Batch(docs, pendingLog, resolved.keys()));
    listener.committed(result.batch(), result.written());
    Instant recyclingStarted = clock.instant();
    recycling.committed(result, docs);
    listener.recycled(result.batch(), pendingDocs.size(), Duration.between(recyclingStarted, clock.instant()));
    pendingDocs.clear();
    pendingLog.clear();
  }

  /**
   * The input without the articles the store already holds unchanged or this run has already
   * read: those are settled here, before analysis.
   */
  private final class NewArticles implements Iterator<ReadResult> {
    private final ArticleStream stream;
    private ReadResult next;

    NewArticles(ArticleStream stream) {
      this.stream = stream;
    }

    @Override
    public boolean hasNext() {
      while (next == null && stream.hasNext()) {
        ReadResult result = stream.next();
        if (result instanceof ReadResult.Read read && !isNew(read.article())) {
          unchanged(read.article());
          progress(stream);
          continue;
        }
        next = result;
      }
      return next != null;
    }

    @Override
    public ReadResult next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ReadResult result = next;
      next = null;
      return result;
    }

    private boolean isNew(Article article) {
      String seenHash = hashSeenInRun.put(article.id(), article.contentHash());
      if (seenHash != null) {
        if (seenHash.equals(article.contentHash())) {
          return false;
        }
        statusById.put(article.id(), ArticleStatus.CHANGED);
        return true;
      }
      ArticleStatus status = store.status(article.id(), article.contentHash());
      if (status == ArticleStatus.UNCHANGED) {
        return false;
      }
      statusById.put(article.id(), status);
      return true;
    }
  }
}
