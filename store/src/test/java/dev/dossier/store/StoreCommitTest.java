package dev.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Article;
import dev.dossier.core.DateMention;
import dev.dossier.core.Doc;
import dev.dossier.core.Entity;
import dev.dossier.core.EntityType;
import dev.dossier.core.ErrorCode;
import dev.dossier.core.Layers;
import dev.dossier.core.Producer;
import dev.dossier.core.Rejection;
import dev.dossier.core.Removal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreCommitTest {

  @TempDir Path dir;
  Store store;

  @BeforeEach
  void open() {
    store = Store.open(dir.resolve("data"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void commit_newDoc_roundTripsArticleRemovalsEntitiesAndDates() {
    Doc doc = Fixtures.seed000();

    BatchResult result = store.commit(Batch.of(List.of(doc)));

    assertThat(result.batch()).isEqualTo(1);
    assertThat(result.statuses()).containsExactly(Map.entry("seed-000", ArticleStatus.NEW));
    StoredArticle stored = store.article("seed-000").orElseThrow();
    assertThat(stored.article()).isEqualTo(doc.article());
    assertThat(stored.article().removed()).extracting(Removal::reason).containsOnly("link-spam").hasSize(3);
    assertThat(stored.entities()).isEqualTo(doc.get(Layers.ENTITIES));
    assertThat(stored.dates()).isEqualTo(doc.get(Layers.DATES));
    assertThat(stored.producers()).containsExactly(Map.entry("dates", Fixtures.DATES), Map.entry("entities", Fixtures.ENTITIES));
    assertThat(stored.batch()).isEqualTo(1);
    Doc rebuilt = stored.toDoc();
    assertThat(rebuilt.get(Layers.ENTITIES)).isEqualTo(doc.get(Layers.ENTITIES));
    assertThat(rebuilt.producer(Layers.DATES)).contains(Fixtures.DATES);
  }

  @Test
  void commit_mentionsAndDates_pointIntoTheStoredText() {
    store.commit(Batch.of(List.of(Fixtures.seed004())));

    StoredArticle stored = store.article("seed-004").orElseThrow();
    String text = stored.article().text();
    Entity pompeo = stored.entities().stream().filter(e -> e.id().equals("person:mike-pompeo")).findFirst().orElseThrow();
    assertThat(pompeo.aliases()).containsExactly("Pompeo");
    assertThat(pompeo.mentions()).allSatisfy(m -> assertThat(m.span().of(text)).isEqualTo(m.text()));
    assertThat(stored.dates()).extracting(DateMention::text).contains("Thursday", "2014", "August");
    assertThat(stored.dates()).allSatisfy(d -> assertThat(d.span().of(text)).isEqualTo(d.text()));
  }

  @Test
  void article_unknownId_isEmpty() {
    assertThat(store.article("no-such-article")).isEmpty();
  }

  @Test
  void status_sameHashOtherHashUnknownId_unchangedChangedNew() {
    Doc doc = Fixtures.seed000();
    store.commit(Batch.of(List.of(doc)));

    assertThat(store.status("seed-000", doc.article().contentHash())).isEqualTo(ArticleStatus.UNCHANGED);
    assertThat(store.status("seed-000", "another-hash")).isEqualTo(ArticleStatus.CHANGED);
    assertThat(store.status("seed-999", "any")).isEqualTo(ArticleStatus.NEW);
    assertThat(store.status(Map.of("seed-000", doc.article().contentHash(), "seed-004", "x")))
        .containsOnly(Map.entry("seed-000", ArticleStatus.UNCHANGED), Map.entry("seed-004", ArticleStatus.NEW));
  }

  @Test
  void commit_sameDocsAgain_reportsUnchangedAndTakesNoBatchNumber() {
    List<Doc> docs = List.of(Fixtures.seed000(), Fixtures.seed004());
    store.commit(Batch.of(docs));
    Stats before = store.stats();

    BatchResult again = store.commit(Batch.of(docs));

    assertThat(again.count(ArticleStatus.UNCHANGED)).isEqualTo(2);
    assertThat(again.written()).isZero();
    assertThat(again.batch()).isEqualTo(1);
    assertThat(store.lastBatch()).isEqualTo(1);
    Stats after = store.stats();
    assertThat(after.articles()).isEqualTo(before.articles());
    assertThat(after.mentions()).isEqualTo(before.mentions());
    assertThat(after.entitiesByType()).isEqualTo(before.entitiesByType());
  }

  @Test
  void commit_changedArticle_replacesTextMentionsDatesRemovalsAndIndexDocument() {
    Doc original = Fixtures.seed000();
    store.commit(Batch.of(List.of(original)));
    // The same story, re-published with only its last two paragraphs and no link spam.
    String[] paragraphs = original.text().split("\n\n");
    String shorter = paragraphs[paragraphs.length - 2] + "\n\n" + paragraphs[paragraphs.length - 1];
    Doc changed = Fixtures.doc("seed-000", "CIA denies CNN report on extracted spy", shorter, original.article().published(), "World Wire", List.of(), Map.of());

    BatchResult result = store.commit(Batch.of(List.of(changed)));

    assertThat(result.statuses()).containsExactly(Map.entry("seed-000", ArticleStatus.CHANGED));
    StoredArticle stored = store.article("seed-000").orElseThrow();
    assertThat(stored.article().text()).isEqualTo(shorter);
    assertThat(stored.article().removed()).isEmpty();
    assertThat(stored.dates()).isEmpty();
    assertThat(stored.entities()).extracting(Entity::id).containsExactlyElementsOf(changed.get(Layers.ENTITIES).stream().map(Entity::id).toList());
    assertThat(stored.entities()).flatExtracting(Entity::mentions).allSatisfy(m -> assertThat(m.span().of(shorter)).isEqualTo(m.text()));
    Stats stats = store.stats();
    assertThat(stats.articles()).isEqualTo(1);
    assertThat(stats.indexedArticles()).isEqualTo(1);
    assertThat(stats.dates()).isZero();
    assertThat(stats.removalsByReason()).isEmpty();
    assertThat(store.search(SearchQuery.of("Lavrov")).total()).isZero();
    assertThat(store.search(SearchQuery.of("denies")).hits()).extracting(SearchResult.Hit::id).containsExactly("seed-000");
  }

  @Test
  void commit_sameTextAnalysedByANewerStage_replacesTheOldAnnotations() {
    Doc original = Fixtures.seed004();
    store.commit(Batch.of(List.of(original)));
    Producer newer = new Producer("entities", 2);
    // The newer stage no longer reports the MISC act as an entity.
    List<Entity> entities = original.get(Layers.ENTITIES).stream().filter(e -> e.type() != EntityType.MISC).toList();
    Doc reanalysed = original.with(Layers.ENTITIES, entities, newer);

    BatchResult result = store.commit(Batch.of(List.of(reanalysed)));

    assertThat(store.status("seed-004", original.article().contentHash())).isEqualTo(ArticleStatus.UNCHANGED);
    assertThat(result.statuses()).containsExactly(Map.entry("seed-004", ArticleStatus.CHANGED));
    StoredArticle stored = store.article("seed-004").orElseThrow();
    assertThat(stored.producers()).containsEntry("entities", newer);
    assertThat(stored.entities()).isEqualTo(entities);
    assertThat(store.entities(EntityType.MISC, 10)).isEmpty();
    assertThat(store.commit(Batch.of(List.of(reanalysed))).statuses()).containsExactly(Map.entry("seed-004", ArticleStatus.UNCHANGED));
  }

  @Test
  void commit_changedArticle_dropsEntitiesNoLongerMentionedAnywhere() {
    Doc original = Fixtures.seed000();
    store.commit(Batch.of(List.of(original)));
    assertThat(store.entity("Sergey Lavrov")).hasSize(1);
    String withoutLavrov = "Trump has responded only by tearing into CNN, saying the network was \"bad for the USA\".";
    Doc changed = Fixtures.doc("seed-000", original.article().title(), withoutLavrov, original.article().published(), "World Wire", List.of(), Map.of());

    store.commit(Batch.of(List.of(changed)));

    assertThat(store.entity("Sergey Lavrov")).isEmpty();
    assertThat(store.entities(null, 100)).extracting(EntitySummary::id)
        .containsExactlyInAnyOrder("person:donald-trump", "organization:cnn", "location:united-states");
    assertThat(store.search(SearchQuery.of("").withEntities("Sergey Lavrov")).warnings()).containsExactly("no entity named 'Sergey Lavrov'");
  }

  @Test
  void commit_logOnlyBatch_storesEntriesAndCountsRejectionsByCode() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    IngestLogEntry rejected = IngestLogEntry.rejected(new Rejection("feed.jsonl:17", ErrorCode.MALFORMED_JSON, "unexpected end of input"), now);
    IngestLogEntry empty = IngestLogEntry.rejected(new Rejection("feed.jsonl:18", ErrorCode.EMPTY_ARTICLE, ""), now);
    IngestLogEntry ingested = IngestLogEntry.of("seeds/000.txt", "seed-000", ArticleStatus.NEW, now);

    BatchResult result = store.commit(new Batch(List.of(), List.of(rejected, empty, ingested)));

    assertThat(result.batch()).isEqualTo(1);
    assertThat(result.logged()).isEqualTo(3);
    assertThat(store.ingestLog(null, 10)).containsExactly(ingested, empty, rejected);
    assertThat(store.ingestLog(IngestLogEntry.Status.REJECTED, 1)).containsExactly(empty);
    assertThat(rejected.message()).isEqualTo("feed.jsonl:17: malformed JSON: unexpected end of input [E104]");
    Stats stats = store.stats();
    assertThat(stats.rejectionsByCode()).containsOnly(Map.entry("E104", 1L), Map.entry("E105", 1L));
    assertThat(stats.logByStatus()).containsExactly(Map.entry(IngestLogEntry.Status.REJECTED, 2L), Map.entry(IngestLogEntry.Status.INGESTED, 1L));
    assertThat(stats.articles()).isZero();
  }

  @Test
  void commit_sameIdTwiceInOneBatch_laterDocWins() {
    Doc first = Fixtures.seed000();
    Article article = first.article();
    Doc second = Fixtures.doc(article.id(), "Updated: " + article.title(), article.text(), article.published(), article.source(), List.of(), Map.of());

    BatchResult result = store.commit(Batch.of(List.of(first, second)));

    assertThat(result.statuses()).containsExactly(Map.entry("seed-000", ArticleStatus.NEW));
    assertThat(store.article("seed-000").orElseThrow().article().title()).startsWith("Updated: ");
  }

  @Test
  void commit_docWithoutLayers_storesArticleAlone() {
    Article article = Fixtures.seed004().article();

    store.commit(Batch.of(List.of(Doc.of(article))));

    StoredArticle stored = store.article(article.id()).orElseThrow();
    assertThat(stored.entities()).isEmpty();
    assertThat(stored.producers()).isEmpty();
    assertThat(stored.toDoc().layers()).isEmpty();
    assertThat(store.search(SearchQuery.of("Naryshkin")).total()).isEqualTo(1);
  }

  @Test
  void articles_afterCommits_streamsEveryArticleInIdOrder() {
    store.commit(Batch.of(List.of(Fixtures.seed004())));
    store.commit(Batch.of(List.of(Fixtures.seed000())));

    try (Stream<StoredArticle> articles = store.articles()) {
      assertThat(articles).extracting(StoredArticle::id, StoredArticle::batch).containsExactly(
          org.assertj.core.groups.Tuple.tuple("seed-000", 2L), org.assertj.core.groups.Tuple.tuple("seed-004", 1L));
    }
  }

  @Test
  void stats_twoSeeds_countsEverything() {
    store.commit(Batch.of(List.of(Fixtures.seed000(), Fixtures.seed004())));

    Stats stats = store.stats();

    assertThat(stats.articles()).isEqualTo(2);
    assertThat(stats.indexedArticles()).isEqualTo(2);
    assertThat(stats.entitiesByType()).containsKeys(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.MISC);
    assertThat(stats.mentions()).isEqualTo(
        Stream.of(Fixtures.seed000(), Fixtures.seed004()).flatMap(d -> d.get(Layers.ENTITIES).stream()).mapToLong(e -> e.mentions().size()).sum());
    assertThat(stats.removalsByReason()).containsExactly(Map.entry("link-spam", 6L));
    assertThat(stats.sources()).containsOnly(Map.entry("World Wire", 1L), Map.entry("Capitol Post", 1L));
    assertThat(stats.firstPublished()).hasToString("2018-02-03");
    assertThat(stats.lastPublished()).hasToString("2019-09-10");
    assertThat(stats.lastBatch()).isEqualTo(1);
    assertThat(stats.indexBytes()).isPositive();
    assertThat(stats.databaseBytes()).isPositive();
  }
}
