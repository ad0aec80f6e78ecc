package dev.dossier.store;

import dev.dossier.core.Doc;
import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The commit protocol of {@link Store}'s class comment, for a batch, a correction or a rebuild:
 * plan, write to SQLite (the commit point), then update the index, repairing it if that fails.
 */
final class Commits {

  private final StoreFiles files;

  /** Guarded by {@link StoreFiles#commitLock}. */
  private long lastBatch;

  Commits(StoreFiles files, long lastBatch) {
    this.files = files;
    this.lastBatch = lastBatch;
  }

  /** A committed batch, and the correction it recorded if any. */
  record Written(BatchResult result, CurationEntry entry) {}

  /**
   * Writes the documents (all of them with {@code force}, else only new and changed ones), the log
   * entries, the name keys and the correction if any, in one database transaction; with {@code
   * forgetKeys}, every stored name key is dropped first in the same transaction.
   */
  Written write(
      Collection<Doc> docs, List<IngestLogEntry> log, Map<String, Set<String>> keys, boolean force, CurationEntry entry, boolean forgetKeys) {
    files.commitLock.lock();
    try {
      Written[] written = new Written[1];
      Exception indexFailure =
          files.shared(
              () -> {
                Database database = files.database;
                BatchWriter writer = new BatchWriter(database.writer());
                BatchWriter.Plan plan;
                CurationEntry stored = null;
                try {
                  plan = writer.plan(docs, force);
                  if (plan.toWrite().isEmpty() && log.isEmpty() && entry == null && !forgetKeys) {
                    writer.abandon();
                    written[0] = new Written(new BatchResult(lastBatch, plan.statuses(), 0), null);
                    return null;
                  }
                  if (forgetKeys) {
                    CurationWriter.forgetKeys(database.writer());
                  }
                  if (entry != null) {
                    stored = CurationWriter.insert(database.writer(), entry);
                  }
                  writer.write(lastBatch + 1, Instant.now(), plan.toWrite(), log, keys);
                } catch (SQLException e) {
                  throw new DossierException(
                      ErrorCode.STORE_FAILED,
                      "cannot commit a batch of " + docs.size() + " documents and " + log.size() + " log entries"
                          + (entry == null ? "" : " with the correction '" + entry.action() + " " + entry.entityId() + "'") + " to " + database.file() + ": "
                          + e.getMessage(),
                      e);
                }
                lastBatch++;
                written[0] = new Written(new BatchResult(lastBatch, plan.statuses(), log.size()), stored);
                try {
                  files.requireIndex().write(plan.toWrite().stream().map(IndexedArticle::of).toList(), lastBatch);
                  return null;
                } catch (IOException | RuntimeException e) {
                  return e;
                }
              });
      if (indexFailure != null) {
        files.repairIndex(written[0].result().batch(), indexFailure);
      }
      return written[0];
    } finally {
      files.commitLock.unlock();
    }
  }
}
