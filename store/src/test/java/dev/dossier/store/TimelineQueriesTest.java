package dev.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Doc;
import dev.dossier.core.Span;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineQueriesTest {

  @TempDir static Path dir;
  static Store store;

  @BeforeAll
  static void open() {
    store = Store.open(dir);
    Doc week = Fixtures.doc("week", "Naryshkin visit", "Russia's spy chief Naryshkin met US officials in Washington last week, CNN reported.",
        LocalDate.of(2018, 2, 2), "Wire", List.of(), Map.of("last week", "2018-W04"));
    store.commit(Batch.of(List.of(Fixtures.seed000(), Fixtures.seed004(), week)));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void timeline_all_calendarDatesEarliestFirstPlacedAtTheirFirstDay() {
    List<TimelineEntry> entries = store.timeline(new TimelineQuery(null, null, null, 100, 0));

    assertThat(entries).extracting(TimelineEntry::day).isSorted();
    Map<String, LocalDate> expected = Map.of("2016", LocalDate.of(2016, 1, 1), "2017-05", LocalDate.of(2017, 5, 1), "2017-11-11", LocalDate.of(2017, 11, 11),
        "2018-W04", LocalDate.of(2018, 1, 22), "2018-01-30", LocalDate.of(2018, 1, 30));
    expected.forEach((value, day) -> {
      List<TimelineEntry> withValue = entries.stream().filter(entry -> entry.value().equals(value)).toList();
      assertThat(withValue).as(value + " in " + entries.stream().map(TimelineEntry::value).toList()).isNotEmpty();
      assertThat(withValue).allSatisfy(entry -> assertThat(entry.day()).as(value).isEqualTo(day));
    });
  }

  @Test
  void timeline_context_isTheSentenceWithTheDateLocated() {
    for (TimelineEntry entry : store.timeline(new TimelineQuery(null, null, null, 100, 0))) {
      Span date = entry.dateInContext();
      assertThat(date.of(entry.context().text())).isEqualTo(entry.text());
      assertThat(entry.context().text()).doesNotContain("\n");
      assertThat(entry.context().highlights()).contains(date);
    }
  }

  @Test
  void timeline_entity_onlySentencesThatNameIt() {
    List<TimelineEntry> entries = store.timeline(new TimelineQuery("person:mike-pompeo", null, null, 100, 0));

    assertThat(entries).isNotEmpty().allSatisfy(entry -> assertThat(entry.context().text()).contains("Pompeo"));
    List<TimelineEntry> all = store.timeline(new TimelineQuery(null, null, null, 100, 0));
    assertThat(entries.size()).isLessThan(all.stream().filter(e -> e.articleId().equals("seed-004")).toList().size());
    assertThat(entries).allSatisfy(entry -> assertThat(entry.context().highlights()).hasSizeGreaterThan(1));
  }

  @Test
  void timeline_dateRangeAndPaging_inclusiveBoundsAndNoOverlap() {
    List<TimelineEntry> in2018 = store.timeline(new TimelineQuery(null, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), 100, 0));
    List<TimelineEntry> firstTwo = store.timeline(new TimelineQuery(null, null, null, 2, 0));
    List<TimelineEntry> nextTwo = store.timeline(new TimelineQuery(null, null, null, 2, 2));

    assertThat(in2018).isNotEmpty().allSatisfy(entry -> assertThat(entry.day().getYear()).isEqualTo(2018));
    assertThat(firstTwo).hasSize(2);
    assertThat(nextTwo).hasSize(2).doesNotContainAnyElementsOf(firstTwo);
    assertThat(firstTwo.getLast().day()).isBeforeOrEqualTo(nextTwo.getFirst().day());
  }

  @Test
  void sentence_text_boundedByPunctuationAndLineBreaks() {
    String text = "He left. Then on Monday he met Pompeo in Washington. Later\nthat day he flew home.";
    int start = text.indexOf("Monday");

    Span sentence = TimelineQueries.sentence(text, start, start + "Monday".length());

    assertThat(sentence.of(text)).isEqualTo("Then on Monday he met Pompeo in Washington.");
  }
}
