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
import dev.dossier.resolve.CurationRules;
import dev.dossier.resolve.InMemoryEntityMemory;
import dev.dossier.store.CurationEntry;
import dev.dossier.store.EntityGraph;
import dev.dossier.store.EntityProfile;
import dev.dossier.store.EntitySummary;
import dev.dossier.store.EventInstance;
import dev.dossier.store.EventQuery;
import dev.dossier.store.IngestLogEntry;
import dev.dossier.store.QuoteQuery;
import dev.dossier.store.RecyclingTables;
import dev.dossier.store.SanctionsRow;
import dev.dossier.store.SearchQuery;
import dev.dossier.store.SearchResult;
import dev.dossier.store.Stats;
import dev.dossier.store.Store;
import dev.dossier.store.StoredArticle;
import dev.dossier.store.StoredEvent;
import dev.dossier.store.StoredQuote;
import dev.dossier.store.StoryMember;
import dev.dossier.store.StorySummary;
import dev.dossier.store.TimelineEntry;
import dev.dossier.store.TimelineQuery;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * <p>Cross-document work belongs here. Entity resolution ({@link EntityResolution}) runs on each
 * batch just before it is committed: each article's entities are linked to the corpus's resolved
 * entities and screened against the sanctions list; {@link #analyze} resolves across its inputs
 * the same way in memory. Analysts' corrections ({@link Curator}) are stored and replayed. After
 * each committed batch the {@link Recycler} finds text reuse, places articles in stories and
 * records quality signals.
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
    EntityResolution resolution = EntityResolution.standard(CurationRules.NONE);
    InMemoryEntityMemory memory = new InMemoryEntityMemory();
    EventInstances events = new EventInstances();
    EventInstances.Memory eventMemory = new EventInstances.InMemory(null);
    try (ArticleStream stream = Inputs.open(paths, options)) {
      analyzer.run(stream, new Analyzer.Sink() {
        @Override
        public void accept(Doc doc) {
          // Resolved in input order against the articles before it, so one actor has one id in every
          // output article and one real-world event one instance.
          sink.accept(events.link(resolution.resolve(doc, memory), eventMemory));
        }

        @Override
        public void reject(Rejection rejection) {
          sink.reject(rejection);
        }
      });
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
          found.add(recycler.read(tables, doc));
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
    return ingest(stream, listener, Clock.systemUTC());
  }

  /** The clock times the log and the report only; a test gives its own to show it decides nothing else. */
  IngestReport ingest(ArticleStream stream, IngestListener listener, Clock clock) {
    EntityResolution resolution = EntityResolution.standard(Curator.rules(store));
    return new IngestJob(store, analyzer, listener == null ? IngestListener.NONE : listener, clock, resolution, recycling).run(stream);
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

  /**
   * Event instances matching the query: each real-world event once, however many sentences and
   * articles mention it, with its first mention as evidence and its mention counts.
   */
  public List<EventInstance> events(EventQuery query) {
    return store.events().instances(query);
  }

  /** The mentions of one event instance, one per sentence, earliest day first, at most {@code limit}. */
  public List<StoredEvent> eventMentions(String instanceId, int limit) {
    return store.events().mentions(instanceId, limit);
  }

  /** The event instance with exactly this id, or empty. */
  public Optional<EventInstance> event(String instanceId) {
    return store.events().instance(instanceId);
  }

  /** A stored article's events in text order, with resolved entity ids and their instances; empty if it has none. */
  public List<StoredEvent> articleEvents(String articleId) {
    return store.events().ofArticle(articleId);
  }

  /** Stored quotes by speaker, words and dates, newest first. */
  public List<StoredQuote> quotes(QuoteQuery query) {
    return store.quotes(query);
  }

  /** The quotes the entity is the speaker of, newest first. */
  public List<StoredQuote> quotesBy(String entityId, int limit) {
    return store.quotesBy(entityId, limit);
  }

  /** The quotes of other speakers that mention the entity, newest first. */
  public List<StoredQuote> quotesAbout(String entityId, int limit) {
    return store.quotesAbout(entityId, limit);
  }

  /**
   * A page of the entities any of whose names contains {@code text} ignoring case (all if blank),
   * of {@code type} if given, most mentioned first.
   */
  public List<EntitySummary> entities(String text, EntityType type, int limit, int offset) {
    return store.entities(text, type, limit, offset);
  }

  /** The entity with exactly this id, or empty: for links, where a name could mean several. */
  public Optional<EntityProfile> entityById(String id) {
    return store.entityById(id);
  }

  /**
   * An entity's co-mention neighbourhood: it, the {@code limit} entities most often mentioned in
   * the same articles (of {@code type} if given), and every co-mention among them; empty if no
   * entity has the id.
   */
  public EntityGraph neighbourhood(String entityId, EntityType type, int limit) {
    return store.neighbourhood(entityId, type, limit);
  }

  /** The {@code limit} most mentioned entities (of {@code type} if given) and the co-mentions among them. */
  public EntityGraph overviewGraph(EntityType type, int limit) {
    return store.overviewGraph(type, limit);
  }

  /** The dates the articles speak of, earliest first, each with its sentence; see {@link TimelineEntry}. */
  public List<TimelineEntry> timeline(TimelineQuery query) {
    return store.timeline(query);
  }

  /**
   * What the cross-document step found for a stored article: reuse, story, quality. A conflicting
   * attribution whose two speakers an analyst has since merged into one entity is not given: the
   * step stored it with the ids of the time, and the merge does not revisit other articles'
   * quotations.
   */
  public Recycling recycling(StoredArticle article) {
    List<dev.dossier.core.Quote> quotes = storedQuotes(store, article);
    Recycling found = store.readRecycling(tables -> recycler.read(tables, article.article(), quotes));
    if (found.quality().conflictingAttributions().isEmpty()) {
      return found;
    }
    CurationRules rules = Curator.rules(store);
    if (rules.isEmpty()) {
      return found;
    }
    return new Recycling(found.reuse(), found.story(), found.quality().withoutConflicts(conflict -> oneEntityNow(conflict, rules)));
  }

  private static boolean oneEntityNow(dev.dossier.engine.quality.AttributionConflict conflict, CurationRules rules) {
    return conflict.speakerEntity() != null
        && conflict.otherSpeakerEntity() != null
        && rules.mergedTarget(conflict.speakerEntity()).equals(rules.mergedTarget(conflict.otherSpeakerEntity()));
  }

  /** A stored article's quotes with resolved speaker ids, as the store keeps them; {@code null} if it has no quotes layer. */
  static List<dev.dossier.core.Quote> storedQuotes(Store store, StoredArticle article) {
    if (!article.producers().containsKey(Layers.QUOTES.name())) {
      return null;
    }
    return store.quotes(QuoteQuery.inArticle(article.id())).stream().map(StoredQuote::quote).toList();
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

  /** A stored article as a document: its own entities, links, sanctions hits, dates and quotes (for {@link DocJson}). */
  public Optional<Doc> document(String id) {
    return store.article(id).map(stored -> StoredDocs.toDoc(store, stored));
  }

  /** Every sanctions hit in the corpus, the surest first; only one entity's if {@code nameOrId} is given. */
  public List<SanctionsRow> sanctions(String nameOrId) {
    if (nameOrId == null) {
      return store.resolved().sanctions(null);
    }
    List<SanctionsRow> rows = new java.util.ArrayList<>();
    for (EntityProfile profile : store.entity(nameOrId)) {
      rows.addAll(store.resolved().sanctions(profile.id()));
    }
    return rows;
  }

  /** The sanctions list screened against, with its snapshot date ("OFAC SDN 2024-05-03"). */
  public String sanctionsList() {
    return dev.dossier.resolve.sanctions.SanctionsList.LIST;
  }

  /** Full profiles of the entities a name, alias or id denotes: with mentions per month, sanctions hits and knowledge-base facts. */
  public List<EntityReport> entityReports(String nameOrId) {
    return store.entity(nameOrId).stream().map(profile -> EntityReport.of(profile, store)).toList();
  }

  /** Merges {@code merged} into {@code keep}: see {@link Curator}. */
  public CurationEntry merge(String keep, String merged, String who, String why) {
    return curator().merge(keep, merged, who, why);
  }

  /** Splits off the mentions an entity is called {@code name} by into an entity of their own. */
  public CurationEntry split(String entity, String name, String who, String why) {
    return curator().split(entity, name, who, why);
  }

  public CurationEntry rename(String entity, String name, String who, String why) {
    return curator().rename(entity, name, who, why);
  }

  public CurationEntry retype(String entity, EntityType type, String who, String why) {
    return curator().retype(entity, type, who, why);
  }

  public CurationEntry delete(String entity, String who, String why) {
    return curator().delete(entity, who, why);
  }

  /** The curation audit log, oldest first. */
  public List<CurationEntry> curations() {
    return store.resolved().curations();
  }

  private Curator curator() {
    return new Curator(store, Clock.systemUTC());
  }

  /**
   * Resolves every stored article again from scratch, in id order, replaying the corrections: for
   * a new knowledge base or resolver. Sanctions are screened again too.
   *
   * @return how many articles were rewritten
   */
  public long rebuildEntities(IngestListener listener) {
    return new Rebuild(store, EntityResolution.standard(Curator.rules(store)), listener == null ? IngestListener.NONE : listener).run();
  }

  /** Writes the entities, their co-mentions and relations, and sanctions hits in an exchange format. */
  public void export(Exporter.Format format, java.io.Writer out) throws java.io.IOException {
    new Exporter(store).write(format, out);
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
