package dev.dossier.store;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite database {@code dossier.db}: one writer connection and a small pool of reader
 * connections.
 *
 * <p>WAL mode lets readers proceed while the writer commits, each reader seeing the last committed
 * state; {@code synchronous=FULL} makes a returned commit survive power loss, not only a crash.
 * Every read runs inside its own read transaction so that several queries answering one question
 * see the same snapshot.
 */
final class Database implements AutoCloseable {

  static final String FILE_NAME = "dossier.db";

  /** Idle reader connections kept open; more are opened under load and closed when returned. */
  private static final int IDLE_READERS = 4;

  private static final int BUSY_TIMEOUT_MS = 30_000;

  /** A unit of work on a connection. */
  @FunctionalInterface
  interface Work<T> {
    T apply(Connection connection) throws SQLException;
  }

  private final Path file;
  private final String url;
  private final Connection writer;
  private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(IDLE_READERS);
  private volatile boolean closed;

  private Database(Path file, String url, Connection writer) {
    this.file = file;
    this.url = url;
    this.writer = writer;
  }

  /**
   * Opens or creates the database and brings its schema up to date.
   *
   * @throws DossierException {@link ErrorCode#STORE_UNAVAILABLE} if the file cannot be opened or
   *     migrated, or was written by a newer Dossier
   */
  static Database open(Path dataDir) {
    Path file = dataDir.resolve(FILE_NAME);
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    try {
      Connection writer = config().createConnection(url);
      writer.setAutoCommit(false);
      Database database = new Database(file, url, writer);
      try {
        Migrations.apply(writer, file);
      } catch (RuntimeException | SQLException e) {
        database.close();
        throw e;
      }
      return database;
    } catch (SQLException e) {
      throw new DossierException(ErrorCode.STORE_UNAVAILABLE, "cannot open database " + file + ": " + e.getMessage(), e);
    }
  }

  private static SQLiteConfig config() {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    return config;
  }

  Path file() {
    return file;
  }

  /** The writer connection, with auto-commit off. Only the holder of the store's commit lock uses it. */
  Connection writer() {
    return writer;
  }

  /**
   * Runs read-only work in one read transaction on a pooled connection.
   *
   * @throws DossierException {@link ErrorCode#STORE_UNAVAILABLE} if SQLite fails
   */
  <T> T read(Work<T> work) {
    Connection connection = borrow();
    boolean healthy = false;
    try {
      T result = work.apply(connection);
      healthy = true;
      return result;
    } catch (SQLException e) {
      throw new DossierException(ErrorCode.STORE_UNAVAILABLE, "cannot read " + file + ": " + e.getMessage(), e);
    } finally {
      release(connection, healthy);
    }
  }

  /**
   * A reader connection inside a read transaction, for work that outlives one call (a stream).
   * Give it back with {@link #release}.
   */
  Connection borrow() {
    if (closed) {
      throw new IllegalStateException("the store " + file.getParent() + " is closed");
    }
    Connection connection = idle.poll();
    if (connection != null) {
      return connection;
    }
    try {
      Connection opened = config().createConnection(url);
      try (Statement statement = opened.createStatement()) {
        // Readers never write, so they never take a lock the writer would wait for.
        statement.execute("PRAGMA query_only = true");
      }
      opened.setAutoCommit(false);
      return opened;
    } catch (SQLException e) {
      throw new DossierException(ErrorCode.STORE_UNAVAILABLE, "cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Ends the connection's read transaction and pools it, or closes it if it failed or the pool is full. */
  void release(Connection connection, boolean healthy) {
    try {
      if (healthy && !closed) {
        connection.rollback();
        if (idle.offer(connection)) {
          return;
        }
      }
      connection.close();
    } catch (SQLException e) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // Already broken; nothing more to release.
      }
    }
  }

  /** Size on disk of the database with its write-ahead log and shared-memory index. */
  long sizeOnDisk() {
    long size = 0;
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      Path part = file.resolveSibling(file.getFileName() + suffix);
      try {
        size += Files.exists(part) ? Files.size(part) : 0;
      } catch (IOException ignored) {
        // A file removed by a checkpoint between the check and the read counts as empty.
      }
    }
    return size;
  }

  @Override
  public void close() {
    closed = true;
    for (Connection connection; (connection = idle.poll()) != null; ) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // Read-only connections hold nothing to lose.
      }
    }
    try {
      writer.rollback();
      writer.close();
    } catch (SQLException e) {
      throw new DossierException(ErrorCode.STORE_UNAVAILABLE, "cannot close database " + file + ": " + e.getMessage(), e);
    }
  }
}
