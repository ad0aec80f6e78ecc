package dev.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Doc;
import dev.dossier.core.EntityType;
import dev.dossier.core.Span;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search over four articles of real text: the two seeds and two shorter stories cut from them. */
class SearchTest {

  @TempDir static Path dir;
  static Store store;

  @BeforeAll
  static void open() {
    store = Store.open(dir);
    List<String> seed000 = List.of(Fixtures.seed000().text().split("\n\n"));
    List<String> seed004 = List.of(Fixtures.seed004().text().split("\n\n"));
    Doc skripal =
        Fixtures.doc(
            "skripal",
            "Nerve agent attack survivor's whereabouts unknown",
            paragraph(seed000, "The agent could now") + "\n\n" + paragraph(seed000, "In a comment"),
            LocalDate.of(2018, 3, 12),
            "Evening Ledger",
            List.of(),
            Map.of("Last year", "2017"));
    Doc pompeo =
        Fixtures.doc(
            "pompeo-bbc",
            "Pompeo warns Russia still a threat to American elections",
            paragraph(seed004, "Just this week") + "\n\n" + paragraph(seed004, "\"I haven't seen"),
            LocalDate.of(2018, 1, 30),
            "Capitol Post",
            List.of(),
            Map.of("this week", "2018-W05"));
    store.commit(Batch.of(List.of(Fixtures.seed000(), Fixtures.seed004())));
    store.commit(Batch.of(List.of(skripal, pompeo)));
  }

  private static String paragraph(List<String> paragraphs, String start) {
    return paragraphs.stream().filter(p -> p.startsWith(start)).findFirst().orElseThrow();
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchResult.Hit::id).toList();
  }

  @Test
  void search_word_titleMatchOutranksMoreFrequentBodyMatches() {
    // Only seed-004 has "Russian" in its title; seed-000 uses it four times in its body.
    SearchResult result = store.search(SearchQuery.of("russian"));

    assertThat(result.total()).isEqualTo(4);
    assertThat(ids(result).getFirst()).isEqualTo("seed-004");
    assertThat(result.hits().getFirst().titleHighlights()).extracting(span -> span.of(result.hits().getFirst().title())).containsExactly("Russian");
    assertThat(result.hits()).extracting(SearchResult.Hit::score).isSortedAccordingTo((a, b) -> Float.compare(b, a));
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void search_inflectedWord_matchesOtherFormsOfIt() {
    SearchResult result = store.search(SearchQuery.of("spies"));

    assertThat(ids(result)).containsExactlyInAnyOrder("skripal", "seed-000");
    assertThat(result.hits()).flatExtracting(hit -> hit.snippet().highlighted()).containsOnly("spies", "spied");
  }

  @Test
  void search_words_highlightSpansPointAtTheMatchedWords() {
    SearchResult result = store.search(SearchQuery.of("nerve agent"));

    assertThat(ids(result)).containsExactlyInAnyOrder("skripal", "seed-000");
    for (SearchResult.Hit hit : result.hits()) {
      Snippet snippet = hit.snippet();
      assertThat(snippet.highlights()).isNotEmpty();
      assertThat(snippet.highlighted()).allSatisfy(word -> assertThat(word.toLowerCase(Locale.ROOT)).isIn("nerve", "agent"));
      assertThat(snippet.text()).doesNotContain("\n").doesNotContain("<");
    }
    SearchResult.Hit skripal = result.hits().stream().filter(h -> h.id().equals("skripal")).findFirst().orElseThrow();
    assertThat(skripal.titleHighlights()).extracting(span -> span.of(skripal.title())).containsExactly("Nerve", "agent");
    assertThat(skripal.score()).isGreaterThan(result.hits().stream().filter(h -> h.id().equals("seed-000")).findFirst().orElseThrow().score());
  }

  @Test
  void search_phrase_highlightsThePhraseAsOneSpan() {
    SearchResult result = store.search(SearchQuery.of("\"nerve agent attack\""));

    assertThat(ids(result)).containsExactlyInAnyOrder("skripal", "seed-000");
    assertThat(result.hits()).allSatisfy(hit -> assertThat(hit.snippet().highlighted()).containsOnly("nerve agent attack"));
  }

  @Test
  void search_stemmedWord_highlightsEveryForm() {
    SearchResult result = store.search(SearchQuery.of("sanctions").withPage(10, 0));

    SearchResult.Hit seed004 = result.hits().stream().filter(h -> h.id().equals("seed-004")).findFirst().orElseThrow();
    assertThat(seed004.snippet().highlighted()).isNotEmpty().allSatisfy(word -> assertThat(word.toLowerCase(Locale.ROOT)).startsWith("sanction"));
    for (Span span : seed004.snippet().highlights()) {
      assertThat(span.end()).isLessThanOrEqualTo(seed004.snippet().text().length());
    }
  }

  @Test
  void search_badSyntax_fallsBackToPlainWordsWithAWarning() {
    SearchResult unbalanced = store.search(SearchQuery.of("putin AND (role"));
    SearchResult unclosedQuote = store.search(SearchQuery.of("\"nerve agent"));

    assertThat(ids(unbalanced)).containsExactly("seed-000");
    assertThat(unbalanced.warnings()).singleElement().asString().startsWith("could not parse the query");
    assertThat(ids(unclosedQuote)).containsExactlyInAnyOrder("skripal", "seed-000");
    assertThat(unclosedQuote.warnings()).hasSize(1);
  }

  @Test
  void search_moreWordsThanLuceneAllows_searchesTheFirstOnesWithAWarning() {
    // 1,100 different words: past Lucene's limit of 1,024 clauses in one query.
    StringBuilder words = new StringBuilder("Naryshkin");
    for (int i = 0; i < 1100; i++) {
      words.append(" w").append(i);
    }

    SearchResult result = store.search(SearchQuery.of(words.toString()));

    assertThat(result.total()).isZero();
    assertThat(result.warnings()).anySatisfy(w -> assertThat(w).startsWith("only the first " + Searcher.MAX_WORDS + " of 1101"));
  }

  @Test
  void search_queryOfStopWordsOnly_findsNothingWithoutFailing() {
    assertThat(store.search(SearchQuery.of("the and of")).total()).isZero();
    assertThat(store.search(SearchQuery.of("((((")).total()).isZero();
  }

  @Test
  void search_blankText_matchesEverythingNewestFirst() {
    SearchResult result = store.search(SearchQuery.of("  "));

    assertThat(result.total()).isEqualTo(4);
    assertThat(ids(result)).containsExactly("seed-000", "skripal", "seed-004", "pompeo-bbc");
    assertThat(result.hits()).allSatisfy(hit -> {
      assertThat(hit.score()).isZero();
      assertThat(hit.snippet().text()).isNotBlank();
      assertThat(hit.snippet().highlights()).isEmpty();
    });
  }

  @Test
  void search_entities_articlesMustMentionAllOfThem() {
    assertThat(ids(store.search(SearchQuery.of("").withEntities("Putin", "CNN")))).containsExactly("seed-000");
    assertThat(ids(store.search(SearchQuery.of("").withEntities("pompeo")))).containsExactly("seed-004", "pompeo-bbc");
    assertThat(ids(store.search(SearchQuery.of("").withEntities("Pompeo", "Putin")))).isEmpty();
    assertThat(ids(store.search(SearchQuery.of("russia").withEntities("BBC")))).containsExactlyInAnyOrder("seed-004", "pompeo-bbc");
  }

  @Test
  void search_unknownEntity_noHitsAndAWarning() {
    SearchResult result = store.search(SearchQuery.of("spy").withEntities("Putin", "Angela Merkel"));

    assertThat(result.total()).isZero();
    assertThat(result.hits()).isEmpty();
    assertThat(result.warnings()).containsExactly("no entity named 'Angela Merkel'");
  }

  @Test
  void search_typeAlone_articlesMentioningAnEntityOfThatType() {
    assertThat(ids(store.search(SearchQuery.of("").withType(EntityType.MISC)))).containsExactly("seed-004");
  }

  @Test
  void search_typeWithEntities_restrictsWhatTheNameResolvesTo() {
    SearchResult place = store.search(SearchQuery.of("").withEntities("Washington").withType(EntityType.LOCATION));
    SearchResult person = store.search(SearchQuery.of("").withEntities("Washington").withType(EntityType.PERSON));

    assertThat(ids(place)).containsExactly("seed-004");
    assertThat(person.total()).isZero();
    assertThat(person.warnings()).containsExactly("no entity named 'Washington' of type PERSON");
  }

  @Test
  void search_dateRange_boundsAreInclusive() {
    SearchQuery query = SearchQuery.of("").withDates(LocalDate.of(2018, 2, 3), LocalDate.of(2018, 3, 12));

    assertThat(ids(store.search(query))).containsExactly("skripal", "seed-004");
    assertThat(ids(store.search(SearchQuery.of("").withDates(LocalDate.of(2019, 1, 1), null)))).containsExactly("seed-000");
    assertThat(ids(store.search(SearchQuery.of("").withDates(null, LocalDate.of(2018, 1, 30))))).containsExactly("pompeo-bbc");
  }

  @Test
  void search_source_matchesIgnoringCase() {
    assertThat(ids(store.search(SearchQuery.of("").withSource("capitol post")))).containsExactly("seed-004", "pompeo-bbc");
    assertThat(store.search(SearchQuery.of("").withSource("Daily Nowhere")).total()).isZero();
  }

  @Test
  void search_facets_countEveryMatchNotOnlyThePage() {
    SearchResult result = store.search(SearchQuery.of("").withPage(1, 0));

    assertThat(result.hits()).hasSize(1);
    SearchResult.FacetCounts facets = result.facets();
    assertThat(facets.sources()).containsExactly(Map.entry("Capitol Post", 2L), Map.entry("Evening Ledger", 1L), Map.entry("World Wire", 1L));
    assertThat(facets.months()).containsExactly(
        Map.entry(YearMonth.of(2018, 1), 1L), Map.entry(YearMonth.of(2018, 2), 1L), Map.entry(YearMonth.of(2018, 3), 1L), Map.entry(YearMonth.of(2019, 9), 1L));
    assertThat(facets.entities().getFirst()).isEqualTo(new SearchResult.EntityCount("location:russia", "Russia", EntityType.LOCATION, 3));
    assertThat(facets.entities()).hasSizeLessThanOrEqualTo(10).extracting(SearchResult.EntityCount::count).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    assertThat(facets.types()).containsEntry(EntityType.PERSON, 4L).containsEntry(EntityType.LOCATION, 4L).containsEntry(EntityType.MISC, 1L);
    assertThat(List.copyOf(facets.types().values())).isSortedAccordingTo((a, b) -> Long.compare(b, a));
  }

  @Test
  void search_facets_followTheQuery() {
    SearchResult result = store.search(SearchQuery.of("nerve agent"));

    assertThat(result.facets().sources()).containsOnlyKeys("Evening Ledger", "World Wire");
    assertThat(result.facets().entities()).extracting(SearchResult.EntityCount::id).contains("person:sergei-skripal").doesNotContain("person:mike-pompeo");
  }

  @Test
  void search_page_offsetAndLimitSliceTheRanking() {
    SearchResult second = store.search(SearchQuery.of("").withPage(2, 2));
    SearchResult countsOnly = store.search(SearchQuery.of("").withPage(0, 0));

    assertThat(ids(second)).containsExactly("seed-004", "pompeo-bbc");
    assertThat(second.total()).isEqualTo(4);
    assertThat(countsOnly.hits()).isEmpty();
    assertThat(countsOnly.total()).isEqualTo(4);
    assertThat(countsOnly.facets().sources()).hasSize(3);
    assertThat(store.search(SearchQuery.of("").withPage(5, 10)).hits()).isEmpty();
  }

  @Test
  void search_hit_carriesStoredMetadata() {
    SearchResult.Hit hit = store.search(SearchQuery.of("Naryshkin")).hits().getFirst();

    assertThat(hit.id()).isEqualTo("seed-004");
    assertThat(hit.title()).isEqualTo("Russian spy chief met U.S. officials in United States last week");
    assertThat(hit.published()).isEqualTo(LocalDate.of(2018, 2, 3));
    assertThat(hit.source()).isEqualTo("Capitol Post");
    assertThat(hit.snippet().highlighted()).contains("Naryshkin");
  }
}
