package dev.dossier.store;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The tables of the engine's cross-document step (text reuse, stories, content quality) on one
 * connection, inside one transaction: {@link #reuse()} and {@link #stories()}.
 *
 * <p>There are two ways to get one. {@link Store#recycle} lends the store's writer connection for
 * one transaction after a batch has committed; {@link #inMemory()} opens a private in-memory
 * SQLite database with the same schema, for work that stores nothing ({@code dossier analyze},
 * evaluations), so both run the same SQL. Not thread-safe.
 */
public final class RecyclingTables implements AutoCloseable {

  /** Work on the tables that may fail as JDBC does. */
  @FunctionalInterface
  public interface Work<T> {
    T apply(RecyclingTables tables) throws SQLException;
  }

  private final Connection connection;
  private final boolean owned;
  private final ReuseTables reuse;
  private final StoryTables stories;

  RecyclingTables(Connection connection, boolean owned) {
    this.connection = connection;
    this.owned = owned;
    this.reuse = new ReuseTables(connection);
    this.stories = new StoryTables(connection);
  }

  /**
   * A fresh in-memory database with the store's schema, deleted when closed.
   *
   * @throws DossierException {@link ErrorCode#STORE_UNAVAILABLE} if SQLite cannot open one
   */
  public static RecyclingTables inMemory() {
    try {
      Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
      connection.setAutoCommit(false);
      Migrations.apply(connection, Path.of(":memory:"));
      return new RecyclingTables(connection, true);
    } catch (SQLException e) {
      throw new DossierException(ErrorCode.STORE_UNAVAILABLE, "cannot open an in-memory database: " + e.getMessage(), e);
    }
  }

  /** Runs the work on the connection in one transaction: committed if it returns, rolled back if it throws. */
  static <T> T inTransaction(Connection connection, Path file, Work<T> work) {
    RecyclingTables tables = new RecyclingTables(connection, false);
    try {
      T result = work.apply(tables);
      tables.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      try {
        tables.rollback();
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      if (e instanceof DossierException dossier) {
        throw dossier;
      }
      throw new DossierException(ErrorCode.STORE_FAILED, "cannot update text reuse and stories in " + file + ": " + e.getMessage(), e);
    } finally {
      tables.close();
    }
  }

  public ReuseTables reuse() {
    return reuse;
  }

  public StoryTables stories() {
    return stories;
  }

  /** Empties every table of the step, so it can be run again from scratch over the stored articles. */
  public void clear() throws SQLException {
    try (var statement = connection.createStatement()) {
      for (String table :
          java.util.List.of("reuse_units", "reuse_bands", "reuse_groups", "stories", "story_articles", "story_terms", "article_terms", "term_df", "recycling_state",
              "article_quality")) {
        statement.executeUpdate("DELETE FROM " + table);
      }
    }
  }

  /** Commits what was written; only for tables from {@link #inMemory()}, which commit themselves. */
  public void commit() throws SQLException {
    connection.commit();
  }

  /** Drops what was written since the last commit. */
  public void rollback() throws SQLException {
    connection.rollback();
  }

  /** Closes the prepared statements, and the database if it is an in-memory one. */
  @Override
  public void close() {
    try {
      reuse.close();
      stories.close();
      if (owned) {
        connection.close();
      }
    } catch (SQLException e) {
      throw new DossierException(ErrorCode.STORE_UNAVAILABLE, "cannot close the recycling tables: " + e.getMessage(), e);
    }
  }
}
