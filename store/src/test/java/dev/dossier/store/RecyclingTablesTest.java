package dev.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.core.Span;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecyclingTablesTest {

  @Test
  void recycle_workCommits_visibleToReadsAndAfterReopening(@TempDir Path dir) {
    try (Store store = Store.open(dir)) {
      store.recycle(tables -> {
        long story = tables.stories().createStory("000_a30fadd007fcd40e", "2019-09-10", 1);
        tables.stories().addMember(story, "000_a30fadd007fcd40e", "2019-09-10", 1, 1);
        return story;
      });
    }
    try (Store store = Store.open(dir)) {
      List<StorySummary> from2019 = store.readRecycling(tables -> tables.stories().stories(LocalDate.of(2019, 1, 1), null, 10));
      List<StorySummary> before2019 = store.readRecycling(tables -> tables.stories().stories(null, LocalDate.of(2018, 12, 31), 10));
      assertThat(from2019).singleElement().satisfies(story -> assertThat(story.articles()).isEqualTo(1));
      assertThat(before2019).isEmpty();
    }
  }

  @Test
  void recycle_workFails_nothingKeptAndStoreFailedNamesTheDatabase(@TempDir Path dir) {
    try (Store store = Store.open(dir)) {
      assertThatThrownBy(() -> store.recycle(tables -> {
        tables.reuse().insertUnit("a", 0, ReuseTables.PROSE, new Span(0, 10), "term", "2018-02-02", null, null, null);
        throw new SQLException("disk I/O error");
      })).isInstanceOfSatisfying(DossierException.class, e -> {
        assertThat(e.code()).isEqualTo(ErrorCode.STORE_FAILED);
        assertThat(e.getMessage()).contains("dossier.db").contains("disk I/O error");
      });

      List<ReuseUnitRow> units = store.readRecycling(tables -> tables.reuse().unitsOf("a"));
      assertThat(units).isEmpty();
    }
  }

  @Test
  void deleteArticle_originLeaves_earliestRemainingUnitBecomesOrigin() throws SQLException {
    try (RecyclingTables tables = RecyclingTables.inMemory()) {
      ReuseTables reuse = tables.reuse();
      ReuseUnitRow first = reuse.insertUnit("wire", 0, ReuseTables.PROSE, new Span(0, 40), "x", "2018-02-01", null, null, null);
      reuse.insertUnit("late", 0, ReuseTables.PROSE, new Span(0, 40), "x", "2018-02-05", first.groupId(), first.id(), 0.9);
      ReuseUnitRow middle = reuse.insertUnit("farm", 0, ReuseTables.PROSE, new Span(0, 40), "x", "2018-02-03", first.groupId(), first.id(), 0.9);

      reuse.deleteArticle("wire", unit -> new long[0]);

      assertThat(reuse.origin(first.groupId())).hasValueSatisfying(origin -> assertThat(origin.id()).isEqualTo(middle.id()));
      assertThat(reuse.reusedUnits("late")).singleElement().satisfies(u -> assertThat(u.origin().articleId()).isEqualTo("farm"));
    }
  }
}
