package dev.dossier.engine;

import dev.dossier.core.Doc;
import dev.dossier.core.DossierException;
import dev.dossier.core.EntityType;
import dev.dossier.core.ErrorCode;
import dev.dossier.core.Layers;
import dev.dossier.core.Rejection;
import dev.dossier.ingest.ArticleStream;
import dev.dossier.ingest.IngestOptions;
import dev.dossier.ingest.Inputs;
import dev.dossier.store.EntityProfile;
import dev.dossier.store.EntitySummary;
import dev.dossier.store.IngestLogEntry;
import dev.dossier.store.SearchQuery;
import dev.dossier.store.SearchResult;
import dev.dossier.store.RecyclingTables;
import dev.dossier.store.Stats;
import dev.dossier.store.StoryMember;
import dev.dossier.store.StorySummary;
import dev.dossier.store.Store;
import dev.dossier.store.StoredArticle;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Dossier's one entry point for the command line, the server and batch jobs: it ingests sources
 * through the pipeline into the store and answers questions about what is stored. The callers
 * only call the engine; they never reach the store or the pipeline themselves.
 *
 * <p>{@link #analyze} needs no store and is static. Everything else works on the data folder the
 * engine was opened on, which it holds locked until {@link #close()}. Queries are thread-safe;
 * one ingest runs at a time.
 *
 * <p>Cross-document work belongs here: entities are joined across articles by their canonical
 * names (resolution with a knowledge base comes next), and after each committed batch the
 * {@link Recycler} finds text reuse, places articles in stories and records quality signals.
 */
public final class Engine implements AutoCloseable {

  private final Store store;
  private final Analyzer analyzer;
  private final Recycler recycler;
  private final RecyclingStep recycling;

  private Engine(Store store, Analyzer analyzer, Recycler recycler) {
    this.store = store;
    this.analyzer = analyzer;
    this.recycler = recycler;
    this.recycling = new RecyclingStep(store, recycler);
  }

  /**
   * Opens (creating if needed) the data folder.
   *
   * @throws dev.dossier.core.DossierException {@code STORE_LOCKED} if another process holds it,
   *     {@code STORE_UNAVAILABLE} if it cannot be opened
   */
  public static Engine open(Path dataDir) {
    return open(dataDir, Analyzer.standard());
  }

  public static Engine open(Path dataDir, Analyzer analyzer) {
    Objects.requireNonNull(analyzer, "analyzer");
    Store store = Store.open(dataDir);
    try {
      Engine engine = new Engine(store, analyzer, Recycler.standard());
      engine.recycling.catchUp();
      return engine;
    } catch (RuntimeException e) {
      try {
        store.close();
      } catch (RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /**
   * Runs the pipeline over the inputs without storing anything, handing each analysed article or
   * rejection to the sink in input order.
   */
  public static void analyze(List<String> paths, IngestOptions options, Analyzer analyzer, Analyzer.Sink sink) {
    try (ArticleStream stream = Inputs.open(paths, options)) {
      analyzer.run(stream, sink);
    }
  }

  /** Receives analysed articles with what the cross-document step found among all the inputs. */
  public interface RecyclingSink {

    /** An analysed article and its reuse, story and quality among the inputs. */
    void accept(Doc doc, Recycling recycling);

    /** An input that did not become an analysed article; reported as soon as it is found. */
    void reject(Rejection rejection);
  }

  /**
   * Runs the pipeline over the inputs without storing anything, then the cross-document step over
   * all of them (text reuse, stories and quality among the inputs, in an in-memory database), and
   * hands each article with its findings to the sink in input order. Because a copy may come
   * before its source, nothing reaches the sink until every input is read; rejections are passed
   * on at once. The analysed articles are held in memory without their token, sentence and raw
   * mention layers; for corpora too large for that, ingest instead.
   */
  public static void analyzeAll(List<String> paths, IngestOptions options, Analyzer analyzer, RecyclingSink sink) {
    List<Doc> docs = new ArrayList<>();
    analyze(paths, options, analyzer, new Analyzer.Sink() {
      @Override
      public void accept(Doc doc) {
        docs.add(doc.without(Layers.TOKENS).without(Layers.SENTENCES).without(Layers.MENTIONS));
      }

      @Override
      public void reject(Rejection rejection) {
        sink.reject(rejection);
      }
    });
    Recycler recycler = Recycler.standard();
    try (RecyclingTables tables = RecyclingTables.inMemory()) {
      List<Recycling> found = new ArrayList<>();
      try {
        recycler.add(tables, docs);
        for (Doc doc : docs) {
          found.add(recycler.read(tables, doc.article()));
        }
      } catch (SQLException e) {
        throw new DossierException(ErrorCode.STORE_UNAVAILABLE, "text reuse and stories failed in the in-memory database: " + e.getMessage(), e);
      }
      for (int i = 0; i < docs.size(); i++) {
        sink.accept(docs.get(i), found.get(i));
      }
    }
  }

  /**
   * Reads, analyses and stores the inputs. Articles already stored unchanged are skipped before
   * analysis; rejected inputs are reported and logged, and the ingest goes on.
   */
  public IngestReport ingest(List<String> paths, IngestOptions options, IngestListener listener) {
    try (ArticleStream stream = Inputs.open(paths, options)) {
      return ingest(stream, listener);
    }
  }

  /** {@link #ingest(List, IngestOptions, IngestListener)} from a stream the caller opened (and closes). */
  public IngestReport ingest(ArticleStream stream, IngestListener listener) {
    return new IngestJob(store, analyzer, listener == null ? IngestListener.NONE : listener, Clock.systemUTC(), recycling).run(stream);
  }

  public SearchResult search(SearchQuery query) {
    return store.search(query);
  }

  public Optional<StoredArticle> article(String id) {
    return store.article(id);
  }

  /** The most mentioned entities, optionally of one type. */
  public List<EntitySummary> entities(EntityType type, int top) {
    return store.entities(type, top);
  }

  /** Every entity whose id, canonical name or alias is the given name, without regard to case. */
  public List<EntityProfile> entity(String nameOrId) {
    return store.entity(nameOrId);
  }

  /** What the cross-document step found for a stored article: reuse, story, quality. */
  public Recycling recycling(StoredArticle article) {
    return store.readRecycling(tables -> recycler.read(tables, article.article()));
  }

  /**
   * Stories with an article published in {@code [from, to]} (either may be {@code null}), the
   * largest first.
   */
  public List<StorySummary> stories(LocalDate from, LocalDate to, int limit) {
    return store.readRecycling(tables -> tables.stories().stories(from, to, limit));
  }

  /**
   * A story with its articles in time order and who copied whom.
   *
   * @param id {@code story:N} or {@code N}
   * @throws DossierException {@link ErrorCode#BAD_ARGUMENT} if the id is neither
   */
  public Optional<StoryReport> story(String id) {
    long number;
    try {
      number = Recycling.parseStoryId(id);
    } catch (IllegalArgumentException e) {
      throw new DossierException(ErrorCode.BAD_ARGUMENT, e.getMessage());
    }
    Optional<StorySummary> summary = store.readRecycling(tables -> tables.stories().story(number));
    if (summary.isEmpty()) {
      return Optional.empty();
    }
    List<StoryMember> members = store.readRecycling(tables -> tables.stories().members(number));
    List<StoryReport.Copy> copies = new ArrayList<>();
    for (StoryMember member : members) {
      store.article(member.articleId()).ifPresent(article -> copies.addAll(StoryReport.copies(article.article(), recycling(article).reuse(), members)));
    }
    return Optional.of(new StoryReport(summary.get(), members, copies));
  }

  public Stats stats() {
    return store.stats();
  }

  public List<IngestLogEntry> ingestLog(IngestLogEntry.Status status, int limit) {
    return store.ingestLog(status, limit);
  }

  public Path dataDir() {
    return store.dataDir();
  }

  @Override
  public void close() {
    store.close();
  }
}
