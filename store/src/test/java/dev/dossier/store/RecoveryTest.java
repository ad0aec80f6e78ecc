package dev.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Doc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a store whose index disagrees with its database: the database wins. */
class RecoveryTest {

  @TempDir Path dir;

  private Path index() {
    return dir.resolve(Store.INDEX_DIR);
  }

  @Test
  void open_healthyStore_doesNothing() {
    try (Store store = Store.open(dir)) {
      store.commit(Batch.of(List.of(Fixtures.seed000())));
    }
    try (Store store = Store.open(dir)) {
      assertThat(store.reconciliation().action()).isEqualTo(Reconciliation.Action.NONE);
    }
  }

  @Test
  void open_indexFolderDeleted_rebuildsItFromTheDatabase() throws IOException {
    try (Store store = Store.open(dir)) {
      store.commit(Batch.of(List.of(Fixtures.seed000())));
      store.commit(Batch.of(List.of(Fixtures.seed004())));
    }
    deleteRecursively(index());

    try (Store store = Store.open(dir)) {
      assertThat(store.reconciliation().action()).isEqualTo(Reconciliation.Action.REBUILT);
      assertThat(store.reconciliation().reason()).isEqualTo("no index was found");
      assertThat(store.reconciliation().indexed()).isEqualTo(2);
      assertThat(store.indexedIds()).containsExactlyInAnyOrder("seed-000", "seed-004");
      assertThat(store.search(SearchQuery.of("Naryshkin")).hits()).extracting(SearchResult.Hit::id).containsExactly("seed-004");
      assertThat(store.search(SearchQuery.of("").withEntities("Putin")).hits()).extracting(SearchResult.Hit::id).containsExactly("seed-000");
    }
    try (Store store = Store.open(dir)) {
      assertThat(store.reconciliation().action()).isEqualTo(Reconciliation.Action.NONE);
    }
  }

  @Test
  void open_indexOneBatchBehind_indexesTheMissingAndChangedArticles() throws IOException {
    Doc original = Fixtures.seed000();
    try (Store store = Store.open(dir)) {
      store.commit(Batch.of(List.of(original)));
    }
    Path saved = dir.resolveSibling(dir.getFileName() + "-index-at-batch-1");
    copy(index(), saved);
    Doc changed = Fixtures.doc("seed-000", "CIA denies CNN report", "The CIA denies the report.", original.article().published(), "World Wire", List.of(), Map.of());
    try (Store store = Store.open(dir)) {
      store.commit(Batch.of(List.of(changed, Fixtures.seed004())));
    }
    // As if the process had died after the database commit of batch 2, before the index commit.
    deleteRecursively(index());
    copy(saved, index());

    try (Store store = Store.open(dir)) {
      Reconciliation repair = store.reconciliation();
      assertThat(repair.action()).isEqualTo(Reconciliation.Action.CAUGHT_UP);
      assertThat(repair.reason()).isEqualTo("the index is at batch 1, the database at 2");
      assertThat(repair.indexed()).isEqualTo(2);
      assertThat(store.indexedIds()).containsExactlyInAnyOrder("seed-000", "seed-004");
      assertThat(store.search(SearchQuery.of("denies")).hits()).extracting(SearchResult.Hit::id).containsExactly("seed-000");
      assertThat(store.search(SearchQuery.of("Lavrov")).total()).isZero();
    }
    deleteRecursively(saved);
  }

  @Test
  void open_indexAheadOfARestoredDatabase_rebuildsIt() throws IOException {
    try (Store store = Store.open(dir)) {
      store.commit(Batch.of(List.of(Fixtures.seed000())));
    }
    Path savedDatabase = dir.resolveSibling(dir.getFileName() + "-dossier.db");
    Files.copy(dir.resolve(Database.FILE_NAME), savedDatabase, StandardCopyOption.REPLACE_EXISTING);
    try (Store store = Store.open(dir)) {
      store.commit(Batch.of(List.of(Fixtures.seed004())));
    }
    // The user restores yesterday's database next to today's index.
    Files.copy(savedDatabase, dir.resolve(Database.FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
    Files.delete(savedDatabase);

    try (Store store = Store.open(dir)) {
      assertThat(store.reconciliation().action()).isEqualTo(Reconciliation.Action.REBUILT);
      assertThat(store.reconciliation().reason()).isEqualTo("the index is at batch 2, ahead of the database at 1");
      assertThat(store.indexedIds()).containsExactly("seed-000");
      assertThat(store.search(SearchQuery.of("Naryshkin")).total()).isZero();
    }
  }

  @Test
  void open_corruptIndex_rebuildsIt() throws IOException {
    try (Store store = Store.open(dir)) {
      store.commit(Batch.of(List.of(Fixtures.seed000(), Fixtures.seed004())));
    }
    try (Stream<Path> files = Files.list(index())) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
        Files.writeString(file, "not a Lucene commit point");
      }
    }

    try (Store store = Store.open(dir)) {
      assertThat(store.reconciliation().action()).isEqualTo(Reconciliation.Action.REBUILT);
      assertThat(store.reconciliation().reason()).startsWith("the index could not be read");
      assertThat(store.indexedIds()).containsExactlyInAnyOrder("seed-000", "seed-004");
      assertThat(store.search(SearchQuery.of("Kremlin")).total()).isEqualTo(1);
    }
  }

  @Test
  void open_afterRebuild_searchAndFacetsMatchTheOriginalIndex() throws IOException {
    SearchQuery query = SearchQuery.of("intelligence");
    SearchResult before;
    try (Store store = Store.open(dir)) {
      store.commit(Batch.of(List.of(Fixtures.seed000(), Fixtures.seed004())));
      before = store.search(query);
    }
    deleteRecursively(index());

    try (Store store = Store.open(dir)) {
      SearchResult after = store.search(query);
      assertThat(after.hits()).extracting(SearchResult.Hit::id).isEqualTo(before.hits().stream().map(SearchResult.Hit::id).toList());
      assertThat(after.facets()).isEqualTo(before.facets());
      assertThat(after.hits().getFirst().snippet()).isEqualTo(before.hits().getFirst().snippet());
    }
  }

  @Test
  void commit_indexWriteFails_batchStaysCommittedAndIndexIsRepairedAtOnce() {
    try (Store store = Store.open(dir)) {
      store.commit(Batch.of(List.of(Fixtures.seed000())));
      // As a full disk would: the index writer dies under the next commit.
      store.searchIndex().abandon();

      BatchResult result = store.commit(Batch.of(List.of(Fixtures.seed004())));

      assertThat(result.batch()).isEqualTo(2);
      assertThat(store.indexedIds()).containsExactlyInAnyOrder("seed-000", "seed-004");
      assertThat(store.search(SearchQuery.of("Naryshkin")).hits()).extracting(SearchResult.Hit::id).containsExactly("seed-004");
      store.commit(Batch.of(List.of(Fixtures.doc("third", "Third", "Pompeo told the BBC.", null, null, List.of(), Map.of()))));
      assertThat(store.indexedIds()).hasSize(3);
    }
    try (Store store = Store.open(dir)) {
      assertThat(store.reconciliation().action()).isEqualTo(Reconciliation.Action.NONE);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        if (!file.getFileName().toString().equals("write.lock")) {
          Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

}
