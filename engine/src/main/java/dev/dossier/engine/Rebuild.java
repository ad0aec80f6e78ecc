package dev.dossier.engine;

import dev.dossier.core.Doc;
import dev.dossier.core.Layers;
import dev.dossier.resolve.InMemoryEntityMemory;
import dev.dossier.store.Store;
import dev.dossier.store.StoredArticle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Resolves every stored article again from its own entities, in id order, as if the corpus were
 * ingested afresh (one memory for the whole run), replays the corrections, screens again, and
 * rewrites the articles in batches. Sanctions evidence is then the article's line around the
 * mention, since stored articles keep no sentence split.
 */
final class Rebuild {

  private static final int BATCH = 100;

  private final Store store;
  private final EntityResolution resolution;
  private final IngestListener listener;
  private long total;

  Rebuild(Store store, EntityResolution resolution, IngestListener listener) {
    this.store = store;
    this.resolution = resolution;
    this.listener = listener;
  }

  /** Rewrites every article; the first batch also forgets the old name keys, in its own transaction. */
  long run() {
    InMemoryEntityMemory memory = new InMemoryEntityMemory();
    long done = 0;
    List<Doc> batch = new ArrayList<>();
    try (Stream<StoredArticle> articles = store.articles()) {
      Iterator<StoredArticle> iterator = articles.iterator();
      while (iterator.hasNext()) {
        StoredArticle stored = iterator.next();
        batch.add(StoredDocs.toDoc(store, stored).without(Layers.LINKS).without(Layers.SANCTIONS));
        if (batch.size() >= BATCH) {
          done += write(batch, memory);
        }
      }
    }
    done += write(batch, memory);
    return done;
  }

  private long write(List<Doc> batch, InMemoryEntityMemory memory) {
    if (batch.isEmpty()) {
      return 0;
    }
    EntityResolution.Resolved resolved = resolution.resolve(batch, memory);
    store.rewrite(resolved.docs(), resolved.keys(), total == 0);
    long written = batch.size();
    total += written;
    listener.progress(total, 0, 0);
    batch.clear();
    return written;
  }
}
