package dev.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Doc;
import dev.dossier.core.EntityType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrencyTest {

  @TempDir Path dir;

  @Test
  void readers_whileOneThreadCommits_neverFailAndSeeWholeBatches() throws Exception {
    int batches = 15;
    int size = 10;
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    AtomicBoolean done = new AtomicBoolean();
    AtomicInteger reads = new AtomicInteger();
    try (Store store = Store.open(dir)) {
      List<Thread> readers = new ArrayList<>();
      for (int r = 0; r < 3; r++) {
        readers.add(
            Thread.ofPlatform()
                .start(
                    () -> {
                      try {
                        while (!done.get()) {
                          SearchResult result = store.search(SearchQuery.of("intelligence").withEntities("Russia"));
                          // Whole batches only: never a partly indexed one.
                          assertThat(store.search(SearchQuery.of("").withPage(0, 0)).total() % size).isZero();
                          store.entities(EntityType.PERSON, 10);
                          store.entity("Trump");
                          store.stats();
                          result.hits().forEach(hit -> assertThat(store.article(hit.id())).isPresent());
                          reads.incrementAndGet();
                        }
                      } catch (Throwable t) {
                        failures.add(t);
                      }
                    }));
      }
      for (int k = 0; k < batches; k++) {
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < size; i++) {
          docs.add(Fixtures.generated("c-" + k + "-" + i, "cc" + k + "x" + i, k * size + i));
        }
        store.commit(Batch.of(docs));
      }
      done.set(true);
      for (Thread reader : readers) {
        reader.join();
      }
      assertThat(failures).isEmpty();
      assertThat(reads.get()).isPositive();
      assertThat(store.stats().articles()).isEqualTo((long) batches * size);
      assertThat(store.indexedIds()).hasSize(batches * size);
    }
  }
}
