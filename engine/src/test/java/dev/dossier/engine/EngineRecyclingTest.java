package dev.dossier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.core.Doc;
import dev.dossier.core.ReuseKind;
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
}
