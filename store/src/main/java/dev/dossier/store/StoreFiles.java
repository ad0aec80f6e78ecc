package dev.dossier.store;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The open files of a {@link Store} (folder lock, database, search index) and the two locks that
 * guard them, so that {@code Store} can stay a list of operations.
 *
 * <p>Locking: every operation read-holds {@link #state}; closing the store or replacing a failed
 * index write-holds it. Commits, corrections and the cross-document step are serialised by
 * {@link #commitLock}, which is always taken before {@code state}.
 */
final class StoreFiles {

  static final String INDEX_DIR = "index";

  final Path dataDir;
  final Database database;
  private final FolderLock lock;

  /** Serialises commits. Taken before {@link #state}. */
  final ReentrantLock commitLock = new ReentrantLock();

  /** Read-held by every operation; write-held to close the store or replace a failed index. */
  private final ReentrantReadWriteLock state = new ReentrantReadWriteLock();

  /** Null after an index failure that could not be repaired: searches then fail until reopened. */
  private SearchIndex index;

  private boolean closed;

  private StoreFiles(Path dataDir, FolderLock lock, Database database, SearchIndex index) {
    this.dataDir = dataDir;
    this.lock = lock;
    this.database = database;
    this.index = index;
  }

  /** Opens the folder's files: lock, database (migrated), then the index reconciled with it. */
  static Opened open(Path dataDir) {
    Path dir = dataDir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new DossierException(ErrorCode.STORE_UNAVAILABLE, "cannot create data folder " + dir + ": " + e, e);
    }
    FolderLock lock = FolderLock.acquire(dir);
    Database database = null;
    try {
      database = Database.open(dir);
      long lastBatch = database.read(ArticleReader::lastBatch);
      Recovery.Result recovered = Recovery.open(dir.resolve(INDEX_DIR), database);
      return new Opened(new StoreFiles(dir, lock, database, recovered.index()), recovered.reconciliation(), lastBatch);
    } catch (RuntimeException e) {
      if (database != null) {
        try {
          database.close();
        } catch (RuntimeException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      try {
        lock.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /** The files just opened, what reconciling the index did, and the last committed batch. */
  record Opened(StoreFiles files, Reconciliation reconciliation, long lastBatch) {}

  /** Runs {@code work} read-holding the state, after checking the store is open. */
  <T> T shared(Supplier<T> work) {
    state.readLock().lock();
    try {
      ensureOpen();
      return work.get();
    } finally {
      state.readLock().unlock();
    }
  }

  /** Reads the database in one read transaction. */
  <T> T read(Database.Work<T> work) {
    return shared(() -> database.read(work));
  }

  /** Work on the index that may fail reading it. */
  @FunctionalInterface
  interface IndexWork<T> {
    T apply(SearchIndex index) throws IOException;
  }

  /** Runs {@code work} on the current index; a read failure becomes {@link ErrorCode#STORE_UNAVAILABLE}. */
  <T> T withIndex(IndexWork<T> work) {
    return shared(
        () -> {
          try {
            return work.apply(requireIndex());
          } catch (IOException e) {
            throw new DossierException(ErrorCode.STORE_UNAVAILABLE, "cannot read the search index in " + dataDir.resolve(INDEX_DIR) + ": " + e, e);
          }
        });
  }

  /** The current index; fails if an earlier failure could not be repaired. Call while holding the state. */
  SearchIndex requireIndex() {
    if (index == null) {
      throw new DossierException(
          ErrorCode.STORE_UNAVAILABLE, "the search index in " + dataDir.resolve(INDEX_DIR) + " failed and could not be repaired; reopen the store");
    }
    return index;
  }

  /** The current index or null, for tests that make it fail. */
  SearchIndex currentIndex() {
    return index;
  }

  /** Replaces a failed index with one repaired from the database, which already holds the batch. */
  void repairIndex(long batch, Exception failure) {
    state.writeLock().lock();
    try {
      ensureOpen();
      if (index != null) {
        index.abandon();
        index = null;
      }
      try {
        index = Recovery.open(dataDir.resolve(INDEX_DIR), database).index();
      } catch (RuntimeException e) {
        e.addSuppressed(failure);
        throw new DossierException(
            ErrorCode.STORE_FAILED,
            "batch " + batch + " is saved in " + database.file() + ", but the search index could not be updated (" + failure
                + ") nor repaired; it will be repaired when the store is next opened",
            e);
      }
    } finally {
      state.writeLock().unlock();
    }
  }

  void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the store in " + dataDir + " is closed");
    }
  }

  /** See {@link Store#close()}. */
  void close() {
    commitLock.lock();
    state.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      List<Exception> failures = new ArrayList<>();
      if (index != null) {
        try {
          index.commitPending();
        } catch (IOException | RuntimeException e) {
          // The database has the batches; the next open re-indexes them.
          failures.add(e);
        }
        try {
          index.close();
        } catch (IOException | RuntimeException e) {
          failures.add(e);
        }
      }
      try {
        database.close();
      } catch (RuntimeException e) {
        failures.add(e);
      }
      try {
        lock.close();
      } catch (IOException e) {
        failures.add(e);
      }
      if (!failures.isEmpty()) {
        DossierException error =
            new DossierException(ErrorCode.STORE_UNAVAILABLE, "could not close " + dataDir + " cleanly: " + failures.getFirst(), failures.getFirst());
        failures.stream().skip(1).forEach(error::addSuppressed);
        throw error;
      }
    } finally {
      state.writeLock().unlock();
      commitLock.unlock();
    }
  }
}
