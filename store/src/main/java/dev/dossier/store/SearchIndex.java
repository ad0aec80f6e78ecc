package dev.dossier.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index under {@code index/}: one writer, near-real-time searchers refreshed after each
 * commit, and the commit user data that records which database batch the index has caught up to.
 *
 * <p>Every commit writes {@code batch=N} and {@code format=F}; {@link Recovery} compares them with
 * the database when the store opens. Searches see every written batch (near-real-time: the
 * searchers are refreshed before a search when anything was written), while durable commits are
 * spaced out (see {@link #write}); {@link #commitPending} runs before a clean close, and anything
 * not committed when the process dies is re-indexed from the database.
 *
 * <p>Thread-safety: {@link #search} may run concurrently with one thread writing, which is also the
 * only thread that commits.
 */
final class SearchIndex implements AutoCloseable {

  /** The version of the document mapping in {@link IndexFields}; an index of another one is rebuilt. */
  static final String FORMAT = "2";

  /** The longest an indexed batch waits for a durable index commit. */
  static final Duration COMMIT_INTERVAL = Duration.ofSeconds(5);

  /** The most documents that wait for a durable index commit: what a crash makes the next open re-index. */
  static final int COMMIT_DOCS = 5_000;

  static final String BATCH_KEY = "batch";
  static final String FORMAT_KEY = "format";

  /** Work on a searcher that must not outlive the call. */
  @FunctionalInterface
  interface SearchWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final boolean existed;

  /** The last batch written, committed or not; only the committing thread touches these three. */
  private long pendingBatch;

  private int pendingDocs;
  private long lastCommit = System.nanoTime();

  /**
   * True when documents were written since the searchers were last refreshed. Searches refresh
   * lazily rather than every write: a refresh flushes a segment, and a bulk ingest that nobody
   * searches meanwhile then writes fewer, larger segments.
   */
  private volatile boolean stale;

  /** Held while a batch is indexed and while searchers refresh, so no search sees half a batch. */
  private final Object wholeBatches = new Object();

  private SearchIndex(Path path, Directory directory, IndexWriter writer, SearcherManager searchers, boolean existed) {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
    this.existed = existed;
  }

  /**
   * Opens the index in {@code path}, creating an empty one if there is none.
   *
   * @throws IOException if the index exists but cannot be read
   */
  static SearchIndex open(Path path) throws IOException {
    Files.createDirectories(path);
    Directory directory = FSDirectory.open(path);
    IndexWriter writer = null;
    try {
      boolean existed = DirectoryReader.indexExists(directory);
      IndexWriterConfig config =
          new IndexWriterConfig(IndexFields.analyzer())
              .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
              .setCommitOnClose(false)
              .setRAMBufferSizeMB(64);
      writer = new IndexWriter(directory, config);
      SearcherManager searchers = new SearcherManager(writer, null);
      return new SearchIndex(path, directory, writer, searchers, existed);
    } catch (IOException | RuntimeException e) {
      if (writer != null) {
        closeQuietly(writer);
      }
      closeQuietly(directory);
      throw e;
    }
  }

  /**
   * Deletes every file of an unreadable index so a new one can be built in its place. Only the
   * index folder's own files are touched.
   */
  static void wipe(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return;
    }
    try (Stream<Path> files = Files.list(path)) {
      for (Path file : files.toList()) {
        if (Files.isRegularFile(file)) {
          Files.delete(file);
        }
      }
    }
  }

  /** True if a committed index was found when opening. */
  boolean existed() {
    return existed;
  }

  /** The database batch the last commit caught up to, 0 if none. */
  long batch() {
    String value = commitData().get(BATCH_KEY);
    return value == null ? 0 : Long.parseLong(value);
  }

  /** The document mapping of the last commit, or {@code null} for an index never committed by the store. */
  String format() {
    return commitData().get(FORMAT_KEY);
  }

  private Map<String, String> commitData() {
    Map<String, String> data = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
    }
    return data;
  }

  /** Live documents, counting uncommitted changes. */
  int numDocs() {
    return writer.getDocStats().numDocs;
  }

  /** Adds the article, replacing any document with its id. Visible after {@link #commit}. */
  void index(IndexedArticle article) throws IOException {
    writer.updateDocument(new Term(IndexFields.ID, article.id()), IndexFields.document(article));
  }

  void delete(String id) throws IOException {
    writer.deleteDocuments(new Term(IndexFields.ID, id));
  }

  void deleteAll() throws IOException {
    writer.deleteAll();
  }

  /**
   * Indexes the articles of database batch {@code batch}; the next search sees them. The index
   * commits durably only when {@link #COMMIT_INTERVAL} has passed or {@link #COMMIT_DOCS}
   * documents wait since the last commit: a Lucene commit syncs several files, which costs more
   * than indexing a batch, and the database already holds the batch durably. Until the commit, a
   * crash loses these documents from the index only, and {@link Recovery} re-indexes them from the
   * database on the next open.
   */
  void write(List<IndexedArticle> articles, long batch) throws IOException {
    synchronized (wholeBatches) {
      for (IndexedArticle article : articles) {
        index(article);
      }
      stale = true;
    }
    pendingBatch = batch;
    pendingDocs += articles.size();
    if (pendingDocs >= COMMIT_DOCS || System.nanoTime() - lastCommit >= COMMIT_INTERVAL.toNanos()) {
      commit(batch);
    }
  }

  /** Commits what {@link #write} left uncommitted, so that the next open finds the index up to date. */
  void commitPending() throws IOException {
    if (pendingBatch > batch()) {
      commit(pendingBatch);
    }
  }

  /**
   * Durably commits every change so far as having caught up to database batch {@code batch}. The
   * commit is atomic: after a crash the index is at this commit or the previous one.
   */
  void commit(long batch) throws IOException {
    writer.setLiveCommitData(Map.of(BATCH_KEY, Long.toString(batch), FORMAT_KEY, FORMAT).entrySet());
    writer.commit();
    pendingBatch = batch;
    pendingDocs = 0;
    lastCommit = System.nanoTime();
    stale = true;
  }

  /** Discards uncommitted changes and closes the index; used when a write failed half-way. */
  void abandon() {
    try {
      searchers.close();
    } catch (IOException | RuntimeException ignored) {
      // The searchers only read committed data; losing them loses nothing.
    }
    try {
      writer.rollback();
    } catch (IOException | RuntimeException ignored) {
      // Rollback discards; if it fails, the last commit on disk is still what a reopen finds.
    }
    closeQuietly(directory);
  }

  /** Runs the work on a searcher that sees every document written so far. */
  <T> T search(SearchWork<T> work) throws IOException {
    if (stale) {
      synchronized (wholeBatches) {
        if (stale) {
          stale = false;
          searchers.maybeRefreshBlocking();
        }
      }
    }
    IndexSearcher searcher = searchers.acquire();
    try {
      return work.apply(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  /** The ids of the live documents in the last refreshed view. */
  Set<String> ids() throws IOException {
    return search(
        searcher -> {
          Set<String> ids = new HashSet<>();
          for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(IndexFields.ID);
            if (terms == null) {
              continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            TermsEnum termsEnum = terms.iterator();
            PostingsEnum postings = null;
            for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
              postings = termsEnum.postings(postings, PostingsEnum.NONE);
              for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live == null || live.get(doc)) {
                  ids.add(term.utf8ToString());
                  break;
                }
              }
            }
          }
          return ids;
        });
  }

  long sizeOnDisk() {
    try (Stream<Path> files = Files.list(path)) {
      return files.filter(Files::isRegularFile).mapToLong(SearchIndex::size).sum();
    } catch (IOException e) {
      return 0;
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      // Lucene deletes merged-away files at any time; a vanished file takes no space.
      return 0;
    }
  }

  @Override
  public void close() throws IOException {
    // Searchers first, then the writer (which discards nothing: every change was committed),
    // then the directory they both use.
    try {
      searchers.close();
    } finally {
      try {
        writer.close();
      } finally {
        directory.close();
      }
    }
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception ignored) {
      // Already failing; the first error is the one reported.
    }
  }
}
