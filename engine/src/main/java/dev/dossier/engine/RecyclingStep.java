package dev.dossier.engine;

import dev.dossier.core.Doc;
import dev.dossier.core.Quote;
import dev.dossier.store.ArticleStatus;
import dev.dossier.store.BatchResult;
import dev.dossier.store.RecyclingTables;
import dev.dossier.store.Store;
import dev.dossier.store.StoredArticle;
import java.sql.SQLException;
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
 * catch-up fills the tables of a data folder made before the step existed, and gives the articles
 * of a folder recycled before the attribution signals existed those signals alone ({@code
 * recycling_state attribution_batch}).
 */
final class RecyclingStep {

  static final String BATCH = "batch";

  /** The last batch whose articles have attribution signals: behind {@link #BATCH} in a folder recycled before they existed. */
  static final String ATTRIBUTION_BATCH = "attribution_batch";
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
            tables.stories().setCounter(ATTRIBUTION_BATCH, Math.max(result.batch(), tables.stories().counter(ATTRIBUTION_BATCH)));
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
    long attributed = store.readRecycling(tables -> tables.stories().counter(ATTRIBUTION_BATCH));
    if (attributed < done) {
      addAttributions(store.articlesAfterBatch(attributed), done);
    }
    long last = store.lastBatch();
    if (done >= last) {
      return 0;
    }
    List<String> ids = store.articlesAfterBatch(done);
    inChunks(ids, (tables, article, quotes) -> recycler.add(tables, article.article(), article.entities(), article.dates(), quotes));
    store.recycle(
        tables -> {
          tables.stories().setCounter(BATCH, last);
          tables.stories().setCounter(ATTRIBUTION_BATCH, last);
          return null;
        });
    return ids.size();
  }

  /**
   * Gives the articles recycled before the step computed attribution signals (up to batch {@code
   * upTo}) those signals alone: their reuse and stories stay as they are, so story ids do not change.
   */
  private void addAttributions(List<String> ids, long upTo) {
    inChunks(ids, (tables, article, quotes) -> recycler.addAttributions(tables, article.article(), article.entities(), quotes));
    store.recycle(
        tables -> {
          tables.stories().setCounter(ATTRIBUTION_BATCH, upTo);
          return null;
        });
  }

  /** What catch-up does with one stored article and its quotes (resolved speaker ids), inside a recycling transaction. */
  private interface ArticleWork {
    void apply(RecyclingTables tables, StoredArticle article, List<Quote> quotes) throws SQLException;
  }

  /** Runs the work over the stored articles, {@link #CATCH_UP_CHUNK} of them to a transaction; ids no longer stored are skipped. */
  private void inChunks(List<String> ids, ArticleWork work) {
    for (int from = 0; from < ids.size(); from += CATCH_UP_CHUNK) {
      List<StoredArticle> chunk = new ArrayList<>();
      List<List<Quote>> quotes = new ArrayList<>();
      for (String id : ids.subList(from, Math.min(ids.size(), from + CATCH_UP_CHUNK))) {
        store.article(id).ifPresent(article -> {
          chunk.add(article);
          quotes.add(Engine.storedQuotes(store, article));
        });
      }
      store.recycle(
          tables -> {
            for (int i = 0; i < chunk.size(); i++) {
              work.apply(tables, chunk.get(i), quotes.get(i));
            }
            return null;
          });
    }
  }
}
