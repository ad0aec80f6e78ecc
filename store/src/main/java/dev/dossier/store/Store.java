package dev.dossier.store;

import dev.dossier.core.Doc;
import dev.dossier.core.DossierException;
import dev.dossier.core.EntityType;
import dev.dossier.core.ErrorCode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Dossier's embedded store: everything ingested and analysed, kept in a data folder on the
 * user's disk.
 *
 * <h2>Layout</h2>
 *
 * <pre>
 * data/
 *   dossier.lock   the owning process's pid, under an exclusive OS lock
 *   dossier.db     SQLite (WAL mode): articles, removals, entities, mentions, dates, ingest log
 *   index/         Lucene: the search index of the articles
 * </pre>
 *
 * <p>SQLite is the record of truth and Lucene is derived from it, as Anserini separates a source
 * record from its index document: the index can always be rebuilt from the database, never the
 * other way round. So the database is written first and its commit is the one that counts.
 *
 * <h2>Durability protocol</h2>
 *
 * <ol>
 *   <li>{@link #commit} gives the batch the next sequence number {@code N}.
 *   <li>It writes the batch to SQLite in one transaction (WAL, {@code synchronous=FULL}): the
 *       {@code batches} row, the new and changed articles with all their annotation rows, the
 *       re-aggregated entities and the log entries. <b>This commit is the commit point</b>: once it
 *       returns, the batch survives a crash or power loss; if the process dies before, SQLite rolls
 *       the transaction back and nothing of the batch exists.
 *   <li>It writes the batch's documents to Lucene with {@code updateDocument(id)}; any search after
 *       {@code commit} returns sees them (the searchers refresh first).
 *   <li>It commits Lucene with user data {@code batch=N} if five seconds or 5,000 documents have
 *       gone by since the last Lucene commit, and always on {@link #close}. Lucene commits are
 *       atomic: after a crash the index is at one of its commits. They are spaced out because a
 *       Lucene commit syncs several files and would otherwise cost more than the batch itself,
 *       while the database already holds every batch durably (the suggested protocol committed
 *       Lucene after every batch; this one only makes the index lag further behind after a crash,
 *       by at most those five seconds of work).
 * </ol>
 *
 * <p>So after a {@code kill -9} at any moment, the database holds exactly the batches whose
 * SQLite commit finished, and the index holds a prefix of them. {@link #open} compares the index's
 * {@code batch} with the database's last batch and re-indexes the articles of the later batches
 * from SQLite (and removes documents SQLite does not have); an index that is missing, unreadable,
 * of another format or ahead of the database is rebuilt from SQLite. See {@code Recovery}. Because
 * an article's content hash is stored with it, ingesting the same input again after a crash adds
 * exactly the articles that were lost, as {@link ArticleStatus#NEW}, and reports the others
 * {@link ArticleStatus#UNCHANGED}.
 *
 * <p>If the index write fails while the process lives (a full disk), the batch is still committed
 * in the database; the store discards the index's uncommitted changes and repairs the index at
 * once the same way, or, failing that, refuses searches until it is reopened.
 *
 * <h2>Concurrency</h2>
 *
 * <p>One process owns the folder; a second gets {@link ErrorCode#STORE_LOCKED}. Within it, the
 * store is thread-safe: any number of threads may read and search while one commits (commits are
 * serialised). Readers see each batch in the database as soon as its SQLite transaction commits,
 * and in search results from the first search after its documents reach the index; both happen
 * before {@code commit} returns.
 *
 * <h2>Entities</h2>
 *
 * <p>Entity ids are the same across articles for the same actor, so the store aggregates them:
 * one entity per id, named by the name most articles give it, with the union of all names as
 * aliases, and counts over the articles that mention it now. See {@code EntityAggregator}.
 *
 * <p>This class is the list of operations; the open files and their locks live in {@code
 * StoreFiles}, the commit protocol in {@code Commits}.
 */
public final class Store implements AutoCloseable {

  static final String INDEX_DIR = StoreFiles.INDEX_DIR;

  private final StoreFiles files;
  private final Commits commits;
  private final Searcher searcher;
  private final QuoteSearch quoteSearch = new QuoteSearch();
  private final Reconciliation reconciliation;
  private final ResolvedEntities resolved = new ResolvedEntities(this::read);
  private final StoredEvents events = new StoredEvents(this::read);

  private Store(StoreFiles.Opened opened) {
    this.files = opened.files();
    this.commits = new Commits(files, opened.lastBatch());
    this.reconciliation = opened.reconciliation();
    this.searcher = new Searcher(files.database);
  }

  /**
   * Opens the store in a data folder, creating the folder if it is missing, locking it against
   * other processes, migrating the database and reconciling the index with it.
   *
   * @throws DossierException {@link ErrorCode#STORE_LOCKED} if another process (or another open
   *     store in this one) holds the folder, naming its pid; {@link ErrorCode#STORE_UNAVAILABLE} if
   *     the folder, database or index cannot be opened or repaired
   */
  public static Store open(Path dataDir) {
    return new Store(StoreFiles.open(dataDir));
  }

  /** The data folder, as an absolute path. */
  public Path dataDir() {
    return files.dataDir;
  }

  /** What {@link #open} did to bring the index into agreement with the database. */
  public Reconciliation reconciliation() {
    return reconciliation;
  }

  /** How the incoming article compares with the stored one of the same id. */
  public ArticleStatus status(String articleId, String contentHash) {
    return status(Map.of(articleId, contentHash)).get(articleId);
  }

  /** {@link #status(String, String)} for many articles in one pass: id to content hash in, id to status out. */
  public Map<String, ArticleStatus> status(Map<String, String> contentHashById) {
    Map<String, String> stored = read(c -> ArticleReader.contentHashes(c, contentHashById.keySet()));
    Map<String, ArticleStatus> statuses = new LinkedHashMap<>();
    contentHashById.forEach((id, hash) -> statuses.put(id, ArticleReader.compare(stored.get(id), hash)));
    return statuses;
  }

  /**
   * Stores a batch atomically and durably, following the protocol in the class comment: when this
   * returns, the batch survives any crash; if the process dies before, none of it is kept.
   * Unchanged articles are skipped; changed ones replace their old version entirely (text,
   * removals, mentions, dates, index document); entities no article mentions any more disappear.
   * A batch with nothing to write (empty, or only unchanged documents and no log) takes no number.
   *
   * @throws DossierException {@link ErrorCode#STORE_FAILED} if the database could not commit (then
   *     nothing of the batch is stored), or if the batch was committed but the index could not be
   *     updated nor repaired (the message says so; the index is repaired on the next open)
   */
  public BatchResult commit(Batch batch) {
    Objects.requireNonNull(batch, "batch");
    Map<String, Doc> docs = new LinkedHashMap<>();
    for (Doc doc : batch.docs()) {
      docs.remove(doc.id());
      docs.put(doc.id(), doc);
    }
    return commits.write(docs.values(), batch.log(), batch.entityKeys(), false, null, false).result();
  }

  /** The stored article with this id, with its removals, entities, mentions and dates. */
  public Optional<StoredArticle> article(String id) {
    return read(c -> ArticleReader.article(c, id));
  }

  /**
   * Every stored article in id order, from one consistent snapshot; commits made while streaming
   * are not seen. The stream holds a database connection: close it (try-with-resources).
   */
  public Stream<StoredArticle> articles() {
    return files.shared(() -> ArticleReader.all(files.database));
  }

  /**
   * Searches the articles. Never fails on user input: a query that does not parse is searched as
   * plain words, and an entity name that resolves to nothing gives no hits; both add a warning.
   */
  public SearchResult search(SearchQuery query) {
    Objects.requireNonNull(query, "query");
    return withIndex(current -> searcher.search(current, query));
  }

  /**
   * The most mentioned entities: by number of articles, then mentions.
   *
   * @param type only entities of this type, or {@code null} for all
   * @param top at most this many
   */
  public List<EntitySummary> entities(EntityType type, int top) {
    return read(c -> EntityQueries.top(c, type, top));
  }

  /**
   * Every entity whose id, canonical name or alias equals {@code nameOrId} ignoring case, most
   * mentioned first: "Trump" finds Donald Trump if some article calls him so; "Washington" may
   * find a place and a person. Empty if none matches.
   */
  public List<EntityProfile> entity(String nameOrId) {
    return read(c -> EntityQueries.profiles(c, nameOrId));
  }

  /**
   * Stored quotes matching the query: newest first, or with {@link QuoteQuery#contains()} the
   * quotes holding all its words (matched through the search index as search matches words),
   * best-matching articles first.
   */
  public List<StoredQuote> quotes(QuoteQuery query) {
    Objects.requireNonNull(query, "query");
    if (query.contains() != null) {
      Set<String> terms = quoteSearch.terms(query.contains());
      if (!terms.isEmpty()) {
        List<String> ranked = withIndex(current -> quoteSearch.articles(current, terms));
        return read(c -> quoteSearch.quotes(c, query, terms, ranked));
      }
    }
    return read(c -> QuoteQueries.find(c, query));
  }

  /** What the entity with this id said: the quotes it is the speaker of, newest first, at most {@code limit}. */
  public List<StoredQuote> quotesBy(String entityId, int limit) {
    return read(c -> QuoteQueries.by(c, entityId, limit));
  }

  /** What others said about the entity with this id: quotes that mention it, newest first, at most {@code limit}. */
  public List<StoredQuote> quotesAbout(String entityId, int limit) {
    return read(c -> QuoteQueries.about(c, entityId, limit));
  }

  /**
   * The entities any of whose names contains {@code text} ignoring case (all if it is blank), of
   * {@code type} if given, most mentioned first: a page of {@code limit} after skipping {@code offset}.
   */
  public List<EntitySummary> entities(String text, EntityType type, int limit, int offset) {
    return read(c -> EntityQueries.matching(c, text == null ? "" : text, type, limit, offset));
  }

  /** The entity with exactly this id, or empty. */
  public Optional<EntityProfile> entityById(String id) {
    return read(c -> EntityQueries.profileById(c, id));
  }

  /**
   * The entity, the {@code limit} entities most often mentioned with it (of {@code type} if given),
   * and every co-mention among them; {@link EntityGraph#EMPTY} if no entity has the id.
   */
  public EntityGraph neighbourhood(String entityId, EntityType type, int limit) {
    return read(c -> GraphQueries.neighbourhood(c, entityId, type, limit));
  }

  /** The {@code limit} most mentioned entities (of {@code type} if given) and every co-mention among them. */
  public EntityGraph overviewGraph(EntityType type, int limit) {
    return read(c -> GraphQueries.overview(c, type, limit));
  }

  /** The dates the articles speak of, earliest first: see {@link TimelineEntry}. */
  public List<TimelineEntry> timeline(TimelineQuery query) {
    Objects.requireNonNull(query, "query");
    return read(c -> TimelineQueries.timeline(c, query));
  }

  /** What cross-document resolution stored: keys, entity states, co-mentions, links, sanctions hits, the audit log. */
  public ResolvedEntities resolved() {
    return resolved;
  }

  /** What is stored of events: mentions, instances, an article's events. */
  public StoredEvents events() {
    return events;
  }

  /**
   * Records a correction and rewrites the articles it changes, in one transaction: either both are
   * stored or neither. The documents replace their stored versions whatever their content hash.
   *
   * @return the stored entry, with its sequence number
   * @throws DossierException {@link ErrorCode#STORE_FAILED} if the database could not commit
   */
  public CurationEntry curate(CurationEntry entry, List<Doc> rewritten, Map<String, Set<String>> keys) {
    return commits.write(rewritten, List.of(), keys, true, Objects.requireNonNull(entry, "entry"), false).entry();
  }

  /**
   * Rewrites documents whatever their content hash, as a rebuild of resolution does; with {@code
   * forgetKeys}, every stored name key is dropped first, in the same transaction.
   */
  public void rewrite(List<Doc> rewritten, Map<String, Set<String>> keys, boolean forgetKeys) {
    commits.write(rewritten, List.of(), keys, true, null, forgetKeys);
  }

  /** Counts over the whole store, and its size on disk. */
  public Stats stats() {
    return withIndex(
        current -> {
          long indexed = current.search(searcher -> (long) searcher.getIndexReader().numDocs());
          long indexBytes = current.sizeOnDisk();
          return files.database.read(c -> StatsQueries.stats(c, indexed, indexBytes, files.database.sizeOnDisk()));
        });
  }

  /**
   * The newest ingest log entries first.
   *
   * @param status only entries of this status, or {@code null} for all
   * @param limit at most this many
   */
  public List<IngestLogEntry> ingestLog(IngestLogEntry.Status status, int limit) {
    return read(c -> StatsQueries.ingestLog(c, status, limit));
  }

  /** The sequence number of the last committed batch, 0 for an empty store. */
  public long lastBatch() {
    return read(ArticleReader::lastBatch);
  }

  /**
   * Runs the engine's cross-document step on its tables ({@link RecyclingTables}) in one
   * transaction on the writer connection, serialised with batch commits: committed if the work
   * returns, rolled back if it throws.
   *
   * @throws DossierException {@link ErrorCode#STORE_FAILED} if SQLite fails; nothing of the work
   *     is kept, and every committed batch is untouched
   */
  public <T> T recycle(RecyclingTables.Work<T> work) {
    files.commitLock.lock();
    try {
      return files.shared(() -> RecyclingTables.inTransaction(files.database.writer(), files.database.file(), work));
    } finally {
      files.commitLock.unlock();
    }
  }

  /** Reads the cross-document step's tables in one read transaction. */
  public <T> T readRecycling(RecyclingTables.Work<T> work) {
    return read(
        connection -> {
          RecyclingTables tables = new RecyclingTables(connection, false);
          try {
            return work.apply(tables);
          } finally {
            tables.close();
          }
        });
  }

  /** The ids of the articles last written by a batch after {@code batch}, in batch order. */
  public List<String> articlesAfterBatch(long batch) {
    return read(connection -> ArticleReader.idsAfterBatch(connection, batch));
  }

  /** The current index, for tests that make it fail. */
  SearchIndex searchIndex() {
    return files.currentIndex();
  }

  /** The ids of the articles in the search index: for checking that it agrees with the database. */
  Set<String> indexedIds() {
    return withIndex(SearchIndex::ids);
  }

  private <T> T read(Database.Work<T> work) {
    return files.read(work);
  }

  private <T> T withIndex(StoreFiles.IndexWork<T> work) {
    return files.withIndex(work);
  }

  /**
   * Waits for a commit in progress, commits the index, then closes it, the database and the lock.
   * Idempotent.
   *
   * @throws DossierException {@link ErrorCode#STORE_UNAVAILABLE} if a file could not be closed
   *     cleanly; every committed batch is safe regardless
   */
  @Override
  public void close() {
    files.close();
  }

  @Override
  public String toString() {
    return "Store[" + files.dataDir + "]";
  }
}
