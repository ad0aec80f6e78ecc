package dev.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second process, and a process killed with SIGKILL in the middle of committing. */
class DurabilityTest {

  private static final int BATCH_SIZE = 20;
  private static final int ROUNDS = 3;

  @TempDir Path dir;

  @Test
  void open_folderHeldByAnotherProcess_failsNamingItsPid() throws Exception {
    Path data = dir.resolve("data");
    Path errors = dir.resolve("child.err");
    String held;
    Store store = Store.open(data);
    try {
      held = runToEnd(ChildProcess.start(errors, "open", data.toString()), errors);
    } finally {
      store.close();
    }
    String free = runToEnd(ChildProcess.start(errors, "open", data.toString()), errors);

    assertThat(held).isEqualTo(
        ErrorCode.STORE_LOCKED + " " + data.toAbsolutePath() + " is in use by another Dossier process (pid " + ProcessHandle.current().pid() + ")");
    assertThat(free).isEqualTo("opened 0");
  }

  @Test
  void open_folderAlreadyOpenInThisProcess_failsLocked() {
    Store store = Store.open(dir);
    try {
      assertThatThrownBy(() -> Store.open(dir))
          .isInstanceOfSatisfying(DossierException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.STORE_LOCKED))
          .hasMessageContaining("already open in this process");
    } finally {
      store.close();
    }
    Store.open(dir).close();
  }

  private static String runToEnd(Process child, Path errors) throws Exception {
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("child finished; stderr: %s", ChildProcess.errors(errors)).isTrue();
    return out;
  }

  @Test
  void commit_processKilledMidRun_reopenedStoreHasEveryPrintedBatchAndAgrees() throws Exception {
    Path data = dir.resolve("data");
    long seed = System.nanoTime();
    Random random = new Random(seed);
    Set<Integer> printed = new TreeSet<>();
    int next = 0;
    for (int round = 0; round < ROUNDS; round++) {
      Path errors = dir.resolve("child-" + round + ".err");
      Process child = ChildProcess.start(errors, "commit-loop", data.toString(), Integer.toString(next), Integer.toString(BATCH_SIZE));
      List<String> lines = Collections.synchronizedList(new ArrayList<>());
      CountDownLatch committed = new CountDownLatch(2);
      Thread reader =
          Thread.ofPlatform()
              .start(
                  () -> {
                    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                      for (String line; (line = out.readLine()) != null; ) {
                        lines.add(line);
                        if (line.startsWith("committed ")) {
                          committed.countDown();
                        }
                      }
                    } catch (java.io.IOException e) {
                      // The pipe breaks when the child is killed: everything it flushed was read.
                    }
                  });
      assertThat(committed.await(60, TimeUnit.SECONDS)).as("child committed; stderr: %s", ChildProcess.errors(errors)).isTrue();
      Thread.sleep(random.nextInt(300));
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      reader.join();
      synchronized (lines) {
        lines.stream().filter(l -> l.startsWith("committed ")).map(l -> Integer.parseInt(l.substring(10))).forEach(printed::add);
      }

      try (Store store = Store.open(data)) {
        Map<Integer, Integer> batches = checkConsistent(store, printed, "round " + round + ", seed " + seed);
        next = batches.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        System.out.printf("kill round %d: %d batches printed, %d stored; %s%n", round, printed.size(), batches.size(), store.reconciliation());
      }
    }

    // Ingesting everything again adds exactly the batch that never committed, and nothing twice.
    try (Store store = Store.open(data)) {
      for (int k = 0; k < next; k++) {
        BatchResult again = store.commit(Batch.of(StoreChild.batch(k, BATCH_SIZE)));
        assertThat(again.count(ArticleStatus.UNCHANGED)).as("batch %d again", k).isEqualTo(BATCH_SIZE);
      }
      assertThat(store.commit(Batch.of(StoreChild.batch(next, BATCH_SIZE))).count(ArticleStatus.NEW)).isEqualTo(BATCH_SIZE);
      assertThat(store.stats().articles()).isEqualTo((long) (next + 1) * BATCH_SIZE);
      assertThat(store.indexedIds()).hasSize((next + 1) * BATCH_SIZE);
    }
  }

  /**
   * Checks the store after a kill: printed batches are all there, every stored batch is whole, the
   * index and the database hold the same articles, and each article is found by its title word.
   *
   * @return documents per stored batch
   */
  private static Map<Integer, Integer> checkConsistent(Store store, Set<Integer> printed, String context) {
    Set<String> stored;
    try (Stream<StoredArticle> articles = store.articles()) {
      stored = articles.map(StoredArticle::id).collect(Collectors.toSet());
    }
    Map<Integer, Integer> perBatch = new TreeMap<>();
    for (String id : stored) {
      perBatch.merge(Integer.parseInt(id.split("-")[1]), 1, Integer::sum);
    }
    assertThat(perBatch.keySet()).as(context).containsAll(printed);
    assertThat(perBatch.values()).as("every batch whole, " + context).containsOnly(BATCH_SIZE);
    int highest = perBatch.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
    assertThat(perBatch.keySet()).as("no batch missing in between, " + context).hasSize(highest + 1);
    assertThat(store.lastBatch()).as("one database batch per committed batch, " + context).isEqualTo(perBatch.size());
    assertThat(store.indexedIds()).as("index agrees with database, " + context).isEqualTo(stored);
    for (String id : stored) {
      String[] parts = id.split("-");
      String code = StoreChild.code(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
      assertThat(store.search(SearchQuery.of(code)).hits()).as("search %s, %s", code, context).extracting(SearchResult.Hit::id).containsExactly(id);
    }
    return perBatch;
  }
}
