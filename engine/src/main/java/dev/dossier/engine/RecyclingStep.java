package dev.dossier.engine;

import dev.dossier.core.Doc;
import dev.dossier.store.ArticleStatus;
import dev.dossier.store.BatchResult;
import dev.dossier.store.Store;
import dev.dossier.store.StoredArticle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the {@link Recycler} after each committed batch, in a transaction of its own, and catches
 * up on batches it missed.
 *
 * <p>The step commits after the batch, not with it, so a crash in between leaves the batch stored
 * but not yet recycled. The step records the last batch it has processed ({@code recycling_state
 * batch}); {@link #catchUp} recycles the articles of every later batch from the store. The same
 * catch-up fills the tables of a data folder made before the step existed.
 */
final class RecyclingStep {

  static final String BATCH = "batch";
  private static final int CATCH_UP_CHUNK = 100;

  private final Store store;
  private final Recycler recycler;

  RecyclingStep(Store store, Recycler recycler) {
    this.store = store;
    this.recycler = recycler;
  }

  /** Recycles the new and changed documents of a batch that has just committed. */
  void committed(BatchResult result, List<Doc> docs) {
    Map<String, Doc> written = new LinkedHashMap<>();
    for (Doc doc : docs) {
      ArticleStatus status = result.statuses().get(doc.id());
      if (status != null && status != ArticleStatus.UNCHANGED) {
        written.remove(doc.id());
        written.put(doc.id(), doc);
      }
    }
    store.recycle(
        tables -> {
          boolean upToDate = tables.stories().counter(BATCH) >= result.batch() - 1;
          if (upToDate) {
            recycler.add(tables, List.copyOf(written.values()));
            tables.stories().setCounter(BATCH, Math.max(result.batch(), tables.stories().counter(BATCH)));
          }
          return null;
        });
    catchUp();
  }

  /**
   * Recycles the articles of every batch committed after the last one the step processed.
   *
   * @return how many articles it recycled
   */
  int catchUp() {
    long done = store.readRecycling(tables -> tables.stories().counter(BATCH));
    long last = store.lastBatch();
    if (done >= last) {
      return 0;
    }
    List<String> ids = store.articlesAfterBatch(done);
    for (int from = 0; from < ids.size(); from += CATCH_UP_CHUNK) {
      List<StoredArticle> chunk = new ArrayList<>();
      for (String id : ids.subList(from, Math.min(ids.size(), from + CATCH_UP_CHUNK))) {
        store.article(id).ifPresent(chunk::add);
      }
      store.recycle(
          tables -> {
            for (StoredArticle article : chunk) {
              recycler.add(tables, article.article(), article.entities(), article.dates());
            }
            return null;
          });
    }
    store.recycle(
        tables -> {
          tables.stories().setCounter(BATCH, last);
          return null;
        });
    return ids.size();
  }
}
