package dev.dossier.store;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Opens the search index and makes it agree with the database, which is the record of truth.
 *
 * <p>The index's last commit records the database batch it caught up to. Against the database's
 * last batch and article count:
 *
 * <ul>
 *   <li>equal batch and count: nothing to do;
 *   <li>index behind (the process died between the database commit and the index commit), or the
 *       counts differ: catch up by indexing the articles of the later batches and any article the
 *       index lacks, and deleting index documents the database does not have;
 *   <li>index missing, unreadable, of another {@link SearchIndex#FORMAT format}, or ahead of the
 *       database (a database restored from an older copy): rebuild it entirely from the database.
 * </ul>
 *
 * <p>Either repair ends with one index commit recording the database's batch, so a crash during
 * repair just repeats it on the next open.
 */
final class Recovery {

  /** The opened index and what was done to it. */
  record Result(SearchIndex index, Reconciliation reconciliation) {}

  private Recovery() {}

  /**
   * @throws DossierException {@link ErrorCode#STORE_UNAVAILABLE} if the index can neither be read
   *     nor rebuilt
   */
  static Result open(Path indexDir, Database database) {
    long started = System.nanoTime();
    long lastBatch = database.read(ArticleReader::lastBatch);
    long articles = database.read(ArticleReader::count);
    Opened opened = openOrReplace(indexDir);
    SearchIndex index = opened.index();
    String rebuild = opened.unreadable();
    try {
      if (rebuild == null) {
        rebuild = whyRebuild(index, lastBatch, articles);
      }
      if (rebuild != null) {
        index.deleteAll();
        int indexed = database.read(c -> ArticleReader.forEachIndexable(c, 0, Set.of(), sink(index)));
        index.commit(lastBatch);
        return new Result(index, new Reconciliation(Reconciliation.Action.REBUILT, rebuild, indexed, 0, since(started)));
      }
      if (index.batch() < lastBatch || index.numDocs() != articles) {
        String reason =
            index.batch() < lastBatch
                ? "the index is at batch " + index.batch() + ", the database at " + lastBatch
                : "the index holds " + index.numDocs() + " articles, the database " + articles;
        long indexBatch = index.batch();
        Set<String> inIndex = index.ids();
        Set<String> inDatabase = database.read(ArticleReader::ids);
        int removed = 0;
        for (String id : inIndex) {
          if (!inDatabase.contains(id)) {
            index.delete(id);
            removed++;
          }
        }
        Set<String> missing = new HashSet<>(inDatabase);
        missing.removeAll(inIndex);
        int indexed = database.read(c -> ArticleReader.forEachIndexable(c, indexBatch, missing, sink(index)));
        index.commit(lastBatch);
        return new Result(index, new Reconciliation(Reconciliation.Action.CAUGHT_UP, reason, indexed, removed, since(started)));
      }
      return new Result(index, new Reconciliation(Reconciliation.Action.NONE, "", 0, 0, since(started)));
    } catch (IOException | RuntimeException e) {
      index.abandon();
      Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
      throw new DossierException(
          ErrorCode.STORE_UNAVAILABLE, "cannot bring the search index " + indexDir + " up to date with " + database.file() + ": " + cause, cause);
    }
  }

  private static String whyRebuild(SearchIndex index, long lastBatch, long articles) {
    if (!index.existed()) {
      return lastBatch == 0 && articles == 0 ? null : "no index was found";
    }
    if (!SearchIndex.FORMAT.equals(index.format())) {
      return "the index has format " + index.format() + ", this version writes " + SearchIndex.FORMAT;
    }
    if (index.batch() > lastBatch) {
      return "the index is at batch " + index.batch() + ", ahead of the database at " + lastBatch;
    }
    return null;
  }

  /** An opened index, and why it had to be replaced by an empty one, or {@code null}. */
  private record Opened(SearchIndex index, String unreadable) {}

  private static Opened openOrReplace(Path indexDir) {
    try {
      return new Opened(SearchIndex.open(indexDir), null);
    } catch (IOException | RuntimeException e) {
      // RuntimeException too: Lucene reports an unknown codec or a garbled header that way.
      return new Opened(openEmpty(indexDir, e), "the index could not be read: " + e);
    }
  }

  private static SearchIndex openEmpty(Path indexDir, Exception unreadable) {
    try {
      SearchIndex.wipe(indexDir);
      return SearchIndex.open(indexDir);
    } catch (IOException | RuntimeException e) {
      e.addSuppressed(unreadable);
      throw new DossierException(ErrorCode.STORE_UNAVAILABLE, "cannot create a search index in " + indexDir + ": " + e, e);
    }
  }

  /** The index as a sink that may be handed to database code, which cannot throw IOException. */
  private static Consumer<IndexedArticle> sink(SearchIndex index) {
    return article -> {
      try {
        index.index(article);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  private static Duration since(long started) {
    return Duration.ofNanos(System.nanoTime() - started);
  }
}
