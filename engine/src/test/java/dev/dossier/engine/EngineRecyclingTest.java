package dev.dossier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.core.Doc;
import dev.dossier.core.ReuseKind;
import dev.dossier.engine.quality.AttributionConflict;
import dev.dossier.core.ReusedPassage;
import dev.dossier.ingest.IngestOptions;
import dev.dossier.store.Batch;
import dev.dossier.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest runs the cross-document step: reuse, stories and quality, on the seed articles and a spun copy of one. */
class EngineRecyclingTest {

  private static final Path SEEDS = repository().resolve("demo/seeds.jsonl");

  private static Path repository() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("demo/seeds.jsonl"))) {
      dir = dir.getParent();
    }
    return dir;
  }

  /**
   * A content-farm copy of the second seed, made as the seeds themselves were: link spam dropped,
   * paragraphs in reverse order, and a few words replaced by WordNet synonyms.
   */
  private static String farmCopy() throws IOException {
    JsonNode seed = DocJson.mapper().readTree(Files.readAllLines(SEEDS, StandardCharsets.UTF_8).get(1));
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : seed.get("text").asText().split("\n\n")) {
      if (!paragraph.startsWith("More news") && !paragraph.isBlank()) {
        paragraphs.add(paragraph.replace("officials", "functionaries").replace("meeting", "encounter").replace("Russia,", "Russian Federation,"));
      }
    }
    Collections.reverse(paragraphs);
    ObjectNode copy = DocJson.mapper().createObjectNode();
    copy.put("id", "farm-copy").put("title", "Spy chief of Russia met US functionaries").put("published", "2018-02-05").put("source", "Farm");
    copy.put("text", String.join("\n\n", paragraphs));
    return copy.toString();
  }

  @Test
  void ingest_seedsAndACopy_copyLinksToTheSeedAndJoinsItsStory(@TempDir Path dir) throws IOException {
    Path copy = Files.writeString(dir.resolve("copy.jsonl"), farmCopy() + "\n", StandardCharsets.UTF_8);

    try (Engine engine = Engine.open(dir.resolve("data"))) {
      engine.ingest(List.of(copy.toString(), SEEDS.toString()), IngestOptions.NONE, null);

      Recycling found = engine.recycling(engine.article("farm-copy").orElseThrow());
      Recycling seed = engine.recycling(engine.article("004_b12aa63abad0d3a9").orElseThrow());

      assertThat(found.reuse()).isNotEmpty().allMatch(p -> p.sourceArticle().equals("004_b12aa63abad0d3a9"));
      assertThat(found.quality().reuseRatio()).isGreaterThan(0.8);
      assertThat(found.quality().copiesFrom()).containsExactly("004_b12aa63abad0d3a9");
      assertThat(found.reuse().stream().flatMap(p -> p.spins().stream()).map(s -> s.text())).contains("functionaries", "Russian Federation");
      assertThat(found.story()).isEqualTo(seed.story()).isNotNull();
      assertThat(seed.reuse()).isEmpty();
      assertThat(seed.quality().removed()).containsEntry("link-spam", 3);
      assertThat(seed.quality().sentenceOrderIncoherence()).isNotNull();

      StoryReport story = engine.story(seed.story()).orElseThrow();
      assertThat(story.members()).extracting(m -> m.articleId()).containsExactly("004_b12aa63abad0d3a9", "farm-copy");
      assertThat(story.copies()).singleElement().satisfies(c -> {
        assertThat(c.copier()).isEqualTo("farm-copy");
        assertThat(c.sourceInStory()).isTrue();
      });
      assertThat(engine.stories(null, null, 10)).extracting(s -> s.articles()).contains(2);
    }
  }

  @Test
  void ingest_seedQuotedTwice_quoteIsSharedAcrossArticles(@TempDir Path dir) throws IOException {
    String quote = "\\\"any interaction with foreign intelligence agencies would have been conducted in accordance with USA law and in consultation with appropriate departments and agencies\\\"";
    Path wire = Files.writeString(dir.resolve("wire.jsonl"),
        "{\"id\":\"cia\",\"title\":\"CIA statement\",\"published\":\"2018-02-01\",\"text\":\"The CIA released a statement saying that " + quote + ".\"}\n"
            + "{\"id\":\"coats\",\"title\":\"Coats comment\",\"published\":\"2018-02-02\",\"text\":\"Coats' office said that while it does not discuss schedules, " + quote + ".\"}\n",
        StandardCharsets.UTF_8);

    try (Engine engine = Engine.open(dir.resolve("data"))) {
      engine.ingest(List.of(wire.toString()), IngestOptions.NONE, null);

      Recycling coats = engine.recycling(engine.article("coats").orElseThrow());
      assertThat(coats.reuse()).extracting(ReusedPassage::kind).containsExactly(ReuseKind.SHARED_QUOTE);
      assertThat(coats.quality().reuseRatio()).isZero();
      assertThat(coats.quality().sharedQuotes()).isEqualTo(1);
    }
  }

  @Test
  void ingest_quoteCreditedToAnotherSpeakerLater_conflictSeenFromBothArticlesUntilCorrected(@TempDir Path dir) throws IOException {
    String quote = "\\\"any interaction with foreign intelligence agencies would have been conducted in accordance with USA law and in consultation with appropriate departments and agencies\\\"";
    Path first = Files.writeString(dir.resolve("first.jsonl"),
        "{\"id\":\"cia\",\"title\":\"CIA statement\",\"published\":\"2018-02-01\",\"text\":\"The CIA released a statement saying that while it does not discuss the schedules of US intelligence leaders, \\\"rest assured that " + quote.substring(2) + ".\"}\n",
        StandardCharsets.UTF_8);
    Path later = Files.writeString(dir.resolve("later.jsonl"),
        "{\"id\":\"coats\",\"title\":\"Coats comment\",\"published\":\"2018-02-02\",\"text\":\"Coats' office said that while it does not discuss schedules, " + quote + ".\"}\n",
        StandardCharsets.UTF_8);
    Path corrected = Files.writeString(dir.resolve("corrected.jsonl"),
        "{\"id\":\"coats\",\"title\":\"Coats comment\",\"published\":\"2018-02-02\",\"text\":\"The CIA said in a statement that while it does not discuss schedules, " + quote + ".\"}\n",
        StandardCharsets.UTF_8);

    try (Engine engine = Engine.open(dir.resolve("data"))) {
      engine.ingest(List.of(first.toString()), IngestOptions.NONE, null);
      assertThat(engine.recycling(engine.article("cia").orElseThrow()).quality().conflictingAttributions()).isEmpty();

      engine.ingest(List.of(later.toString()), IngestOptions.NONE, null);
      List<AttributionConflict> atCoats = engine.recycling(engine.article("coats").orElseThrow()).quality().conflictingAttributions();
      List<AttributionConflict> atCia = engine.recycling(engine.article("cia").orElseThrow()).quality().conflictingAttributions();

      assertThat(atCoats).singleElement().satisfies(c -> {
        assertThat(c.otherArticle()).isEqualTo("cia");
        assertThat(c.speaker()).isEqualTo("Coats' office");
        assertThat(c.otherSpeaker()).containsAnyOf("CIA", "Central Intelligence Agency");
        assertThat(c.kind()).isEqualTo(AttributionConflict.Kind.NAMED);
        assertThat(c.text()).startsWith("any interaction");
      });
      assertThat(atCia).singleElement().satisfies(c -> {
        assertThat(c.otherArticle()).isEqualTo("coats");
        assertThat(c.otherSpeaker()).isEqualTo("Coats' office");
      });

      engine.ingest(List.of(corrected.toString()), IngestOptions.NONE, null);
      assertThat(engine.recycling(engine.article("cia").orElseThrow()).quality().conflictingAttributions()).isEmpty();
      assertThat(engine.recycling(engine.article("coats").orElseThrow()).quality().conflictingAttributions()).isEmpty();
    }
  }

  @Test
  void merge_speakersOfAConflictBecomeOneEntity_conflictNoLongerShown(@TempDir Path dir) throws IOException {
    // One statement, credited by one outlet to the agency by its short name and by another to it
    // by its full name: two entities until an analyst merges them.
    String statement = "the launch was postponed because of a technical fault found in the second stage of the rocket";
    Path articles = Files.writeString(dir.resolve("articles.jsonl"),
        "{\"id\":\"short\",\"title\":\"Roscosmos statement\",\"published\":\"2018-02-01\",\"text\":\"Roscosmos said in a statement that \\\"" + statement + ".\\\"\"}\n"
            + "{\"id\":\"long\",\"title\":\"Space agency statement\",\"published\":\"2018-02-02\",\"text\":\"The Russian Federal Space Agency said that \\\"" + statement + ".\\\"\"}\n",
        StandardCharsets.UTF_8);

    try (Engine engine = Engine.open(dir.resolve("data"))) {
      engine.ingest(List.of(articles.toString()), IngestOptions.NONE, null);
      List<AttributionConflict> before = engine.recycling(engine.article("long").orElseThrow()).quality().conflictingAttributions();
      assertThat(before).singleElement().satisfies(c -> {
        assertThat(c.speakerEntity()).isNotNull();
        assertThat(c.otherSpeakerEntity()).isNotNull().isNotEqualTo(c.speakerEntity());
      });

      engine.merge(before.getFirst().speakerEntity(), before.getFirst().otherSpeakerEntity(), "analyst", "Roscosmos is the agency's short name");

      assertThat(engine.recycling(engine.article("long").orElseThrow()).quality().conflictingAttributions()).isEmpty();
      assertThat(engine.recycling(engine.article("short").orElseThrow()).quality().conflictingAttributions()).isEmpty();
    }
  }

  @Test
  void open_batchCommittedButNotRecycled_caughtUp(@TempDir Path dir) throws IOException {
    Path data = dir.resolve("data");
    Analyzer analyzer = Analyzer.standard();
    List<Doc> docs = new ArrayList<>();
    Engine.analyze(List.of(SEEDS.toString()), IngestOptions.NONE, analyzer, new Analyzer.Sink() {
      @Override
      public void accept(Doc doc) {
        docs.add(doc);
      }

      @Override
      public void reject(dev.dossier.core.Rejection rejection) {
        throw new AssertionError(rejection.message());
      }
    });
    // A crash right after the batch's commit: the store has the articles, the step never ran.
    try (Store store = Store.open(data)) {
      store.commit(new Batch(docs, List.of()));
    }

    try (Engine engine = Engine.open(data, analyzer)) {
      Recycling seed = engine.recycling(engine.article("000_a30fadd007fcd40e").orElseThrow());

      assertThat(seed.story()).isNotNull();
      assertThat(engine.stories(null, null, 10)).hasSize(2);
    }
  }

  @Test
  void open_folderRecycledBeforeAttributionSignals_signalsAddedStoriesKept(@TempDir Path dir) {
    Path data = dir.resolve("data");
    String story;
    try (Engine engine = Engine.open(data)) {
      engine.ingest(List.of(SEEDS.toString()), IngestOptions.NONE, null);
      story = engine.recycling(engine.article("004_b12aa63abad0d3a9").orElseThrow()).story();
    }
    // As a folder recycled before the attribution tables existed: none of their rows, counter at 0.
    try (Store store = Store.open(data)) {
      store.recycle(tables -> {
        for (String id : List.of("000_a30fadd007fcd40e", "004_b12aa63abad0d3a9")) {
          tables.attributions().deleteArticle(id, row -> dev.dossier.engine.reuse.MinHash.bandKeys(dev.dossier.engine.reuse.TermReader.parse(row.terms())));
        }
        tables.stories().setCounter(RecyclingStep.ATTRIBUTION_BATCH, 0);
        return null;
      });
    }

    try (Engine engine = Engine.open(data)) {
      Recycling seed = engine.recycling(engine.article("004_b12aa63abad0d3a9").orElseThrow());

      assertThat(seed.quality().conflictingAttributions()).extracting(AttributionConflict::speaker).contains("Coats' office");
      assertThat(seed.quality().claims()).isPositive();
      assertThat(seed.story()).isEqualTo(story);
    }
  }
}
