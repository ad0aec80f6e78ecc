package dev.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Doc;
import dev.dossier.core.Layers;
import dev.dossier.core.Producer;
import dev.dossier.core.Quote;
import dev.dossier.core.QuoteKind;
import dev.dossier.core.Span;
import dev.dossier.core.Speaker;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quotes stored with a seed article and read back by speaker, words, dates and entity. */
class QuoteQueriesTest {

  private static final Producer QUOTES = new Producer("quotes", 1);

  @TempDir Path dir;
  private Store store;

  @BeforeEach
  void open() {
    store = Store.open(dir);
  }

  @AfterEach
  void close() {
    store.close();
  }

  /** The seed's "I haven't seen..." quote told to the BBC, and Pompeo's reported letter mentioning Schumer. */
  private static Doc withQuotes(Doc doc) {
    String text = doc.text();
    String direct = "I haven't seen a significant decrease in their activity";
    int at = text.indexOf(direct);
    int pompeo = text.indexOf("Pompeo told the BBC");
    Quote told = new Quote(new Span(at, at + direct.length()), List.of(new Span(at, at + direct.length())), direct, QuoteKind.DIRECT,
        new Speaker("Mike Pompeo", "person:mike-pompeo", false, null, new Span(pompeo, pompeo + 6)), new Span(pompeo + 7, pompeo + 11), "told", "BBC");
    String reported = "that there was nothing \"untoward\" about United States and Russian intelligence officials meeting";
    int from = text.indexOf(reported);
    int telling = text.indexOf("telling Schumer");
    int speaker = text.indexOf("Pompeo struck back");
    Quote letter = Quote.of(text, List.of(new Span(from, from + reported.length())), QuoteKind.REPORTED,
        new Speaker("Mike Pompeo", "person:mike-pompeo", false, null, new Span(speaker, speaker + 6)), new Span(telling, telling + 7), "Schumer");
    List<Quote> quotes = at < from ? List.of(told, letter) : List.of(letter, told);
    return doc.with(Layers.QUOTES, quotes, QUOTES);
  }

  @Test
  void quotes_bySpeakerNameOrEntity_foundWithCueAndAddressee() {
    store.commit(Batch.of(List.of(withQuotes(Fixtures.seed004()))));

    List<StoredQuote> byName = store.quotes(new QuoteQuery("Pompeo", null, null, null, 10));
    List<StoredQuote> byId = store.quotes(new QuoteQuery("person:mike-pompeo", null, null, null, 10));

    assertThat(byName).hasSize(2);
    assertThat(byId).extracting(q -> q.quote().text()).containsExactlyElementsOf(byName.stream().map(q -> q.quote().text()).toList());
    StoredQuote told = byName.stream().filter(q -> q.quote().kind() == QuoteKind.DIRECT).findFirst().orElseThrow();
    assertThat(told.quote().cueText()).isEqualTo("told");
    assertThat(told.quote().addressee()).isEqualTo("BBC");
    assertThat(told.quote().speaker().entity()).isEqualTo("person:mike-pompeo");
    assertThat(told.articleId()).isEqualTo("seed-004");
    assertThat(told.published()).isEqualTo(LocalDate.of(2018, 2, 3));
  }

  @Test
  void quotes_containsAndDates_filter() {
    store.commit(Batch.of(List.of(withQuotes(Fixtures.seed004()))));

    assertThat(store.quotes(new QuoteQuery(null, "UNTOWARD", null, null, 10))).hasSize(1);
    assertThat(store.quotes(new QuoteQuery(null, null, LocalDate.of(2018, 2, 4), null, 10))).isEmpty();
    assertThat(store.quotes(new QuoteQuery("Schumer", null, null, null, 10))).isEmpty();
  }

  @Test
  void quotes_inArticle_thatArticlesQuotesInTextOrder() {
    store.commit(Batch.of(List.of(withQuotes(Fixtures.seed004()))));

    List<StoredQuote> quotes = store.quotes(QuoteQuery.inArticle("seed-004"));

    assertThat(quotes).hasSize(2);
    assertThat(quotes.get(0).quote().span().start()).isLessThan(quotes.get(1).quote().span().start());
    assertThat(store.quotes(QuoteQuery.inArticle("no-such-article"))).isEmpty();
  }

  @Test
  void quotesAbout_entityMentionedInWhatWasSaid_listedAndNotBy() {
    store.commit(Batch.of(List.of(withQuotes(Fixtures.seed004()))));

    assertThat(store.quotesBy("person:mike-pompeo", 10)).hasSize(2);
    assertThat(store.quotesAbout("person:mike-pompeo", 10)).isEmpty();
    assertThat(store.quotesBy("person:chuck-schumer", 10)).isEmpty();
  }

  @Test
  void commit_articleReanalysedByNewerQuoteStage_oldQuotesGone() {
    store.commit(Batch.of(List.of(withQuotes(Fixtures.seed004()))));
    store.commit(Batch.of(List.of(Fixtures.seed004().with(Layers.QUOTES, List.of(), new Producer("quotes", 2)))));

    assertThat(store.quotes(new QuoteQuery(null, null, null, null, 10))).isEmpty();
  }

  @Test
  void quotes_containsWordsInAnyFormAndOrder_matchedThroughTheIndex() {
    store.commit(Batch.of(List.of(withQuotes(Fixtures.seed004()))));

    assertThat(store.quotes(new QuoteQuery(null, "officials Russian", null, null, 10)))
        .extracting(q -> q.quote().kind())
        .containsExactly(QuoteKind.REPORTED);
    assertThat(store.quotes(new QuoteQuery(null, "decreasing activities", null, null, 10)))
        .extracting(q -> q.quote().kind())
        .containsExactly(QuoteKind.DIRECT);
    assertThat(store.quotes(new QuoteQuery(null, "activity untoward", null, null, 10))).isEmpty();
    assertThat(store.quotes(new QuoteQuery("Schumer", "untoward", null, null, 10))).isEmpty();
  }

  @Test
  void quotes_containsOnlyStopWords_fallsBackToSubstring() {
    store.commit(Batch.of(List.of(withQuotes(Fixtures.seed004()))));

    assertThat(store.quotes(new QuoteQuery(null, "in their", null, null, 10))).hasSize(1);
  }

  @Test
  void search_speakerByEntityOrByNameWords_findsTheArticleQuotingThem() {
    store.commit(Batch.of(List.of(withQuotes(Fixtures.seed004()))));

    assertThat(store.search(SearchQuery.of("").withSpeakers("Pompeo")).total()).isEqualTo(1);
    assertThat(store.search(SearchQuery.of("").withSpeakers("mike pompeo")).total()).isEqualTo(1);
    assertThat(store.search(SearchQuery.of("").withSpeakers("Schumer")).total()).isZero();
    assertThat(store.search(SearchQuery.of("quote:untoward")).total()).isEqualTo(1);
    assertThat(store.search(SearchQuery.of("")).facets().speakers())
        .extracting(SearchResult.EntityCount::name, SearchResult.EntityCount::count)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Mike Pompeo", 1L));
  }

  @Test
  void search_afterIndexRebuiltFromTheDatabase_quotesStillSearchable() throws Exception {
    store.commit(Batch.of(List.of(withQuotes(Fixtures.seed004()))));
    store.close();
    try (var files = java.nio.file.Files.walk(dir.resolve("index"))) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
    store = Store.open(dir);

    assertThat(store.search(SearchQuery.of("").withSpeakers("Pompeo")).total()).isEqualTo(1);
    assertThat(store.quotes(new QuoteQuery(null, "decrease", null, null, 10))).hasSize(1);
  }
}
