package dev.dossier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.core.Doc;
import dev.dossier.core.EventLink;
import dev.dossier.core.EventType;
import dev.dossier.core.Layers;
import dev.dossier.ingest.IngestOptions;
import dev.dossier.store.EventInstance;
import dev.dossier.store.EventQuery;
import dev.dossier.store.StoredEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events through the engine with the real pipeline and store: mentions of one meeting in several
 * articles become one instance, a later meeting another, and the stored events survive curation
 * rewrites and rebuilds. The sentences are the seed articles' ("Russian spy chief met U.S.
 * officials in United States last week"), as recycled wire copy repeats them.
 */
class EngineEventsTest {

  private static final Path SEEDS = Path.of("../demo/seeds.jsonl");
  private static final String MEETING = "Russian spy chief met U.S. officials in United States last week.";

  private static Path article(Path dir, String name, String headline, String text) throws IOException {
    return Files.writeString(dir.resolve(name), headline + "\n\n" + text + "\n", StandardCharsets.UTF_8);
  }

  private static List<EventInstance> meetings(Engine engine) {
    return engine.events(new EventQuery("Russia", EventType.CONSULT, null, null, false, 100, 0)).stream()
        .filter(instance -> instance.evidence() != null && instance.evidence().sentence().contains("Russian spy chief met"))
        .toList();
  }

  @Test
  void ingest_sameMeetingInTwoArticles_oneInstanceWithTwoMentions(@TempDir Path dir) throws IOException {
    Path first = article(dir, "a.txt", "Spy chief in Washington", MEETING);
    Path second = article(dir, "b.txt", "Naryshkin's visit", MEETING + " The CIA did not comment.");
    Path later = article(dir, "c.txt", "Another visit", MEETING);
    try (Engine engine = Engine.open(dir.resolve("data"))) {
      engine.ingest(List.of(first.toString()), new IngestOptions(LocalDate.of(2018, 2, 2), "Wire A"), null);
      engine.ingest(List.of(second.toString()), new IngestOptions(LocalDate.of(2018, 2, 3), "Wire B"), null);
      engine.ingest(List.of(later.toString()), new IngestOptions(LocalDate.of(2018, 6, 1), "Wire C"), null);

      List<EventInstance> meetings = meetings(engine);
      assertThat(meetings).hasSize(2);
      EventInstance january = meetings.getFirst();
      assertThat(january.mentions()).isEqualTo(2);
      assertThat(january.articles()).isEqualTo(2);
      assertThat(january.day()).isEqualTo(LocalDate.of(2018, 1, 22));
      assertThat(meetings.get(1).mentions()).isEqualTo(1);
      assertThat(meetings.get(1).day()).isAfter(LocalDate.of(2018, 5, 1));
      List<StoredEvent> mentions = engine.eventMentions(january.id(), 10);
      assertThat(mentions).extracting(StoredEvent::instanceId).containsOnly(january.id());
      assertThat(mentions).extracting(StoredEvent::articleId).doesNotHaveDuplicates();
      assertThat(engine.events(new EventQuery("Russia", EventType.CONSULT, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 1, 31), false, 100, 0)))
          .extracting(EventInstance::id).contains(january.id()).doesNotContain(meetings.get(1).id());
    }
  }

  @Test
  void curateAndRebuild_seeds_eventsAndInstancesKept(@TempDir Path dir) {
    try (Engine engine = Engine.open(dir.resolve("data"))) {
      engine.ingest(List.of(SEEDS.toString()), IngestOptions.NONE, null);
      List<String> before = ids(engine);
      Doc stored = engine.document("004_b12aa63abad0d3a9").orElseThrow();
      List<EventLink> links = stored.get(Layers.EVENT_LINKS);
      assertThat(before).isNotEmpty();
      assertThat(stored.get(Layers.EVENTS)).hasSameSizeAs(links);

      engine.rename("person:mike-pompeo", "Michael R. Pompeo", "analyst", "official name");
      engine.merge("person:mike-pompeo", "person:chuck-schumer", "analyst", "a test merge");
      assertThat(ids(engine)).containsExactlyInAnyOrderElementsOf(before);
      Doc rewritten = engine.document("004_b12aa63abad0d3a9").orElseThrow();
      assertThat(rewritten.get(Layers.EVENTS)).isEqualTo(stored.get(Layers.EVENTS));
      assertThat(rewritten.get(Layers.EVENT_LINKS)).isEqualTo(links);

      engine.rebuildEntities(null);
      assertThat(ids(engine)).containsExactlyInAnyOrderElementsOf(before);
      assertThat(engine.document("004_b12aa63abad0d3a9").orElseThrow().get(Layers.EVENT_LINKS)).isEqualTo(links);
      JsonNode json = DocJson.toJson(engine.document("004_b12aa63abad0d3a9").orElseThrow());
      assertThat(json.get("events")).hasSameSizeAs(links);
      assertThat(json.get("events").findValuesAsText("id")).containsAll(links.stream().map(EventLink::instanceId).toList());
      assertThat(engine.events(new EventQuery("Pompeo", null, null, null, true, 100, 0))).isNotEmpty();
    }
  }

  @Test
  void analyze_seeds_eventsInTheContractWithResolvedActors() {
    List<Doc> docs = new ArrayList<>();
    Engine.analyze(List.of(SEEDS.toString()), IngestOptions.NONE, Analyzer.standard(), new Analyzer.Sink() {
      @Override
      public void accept(Doc doc) {
        docs.add(doc);
      }

      @Override
      public void reject(dev.dossier.core.Rejection rejection) {}
    });
    JsonNode json = DocJson.toJson(docs.getFirst());
    List<String> entities = json.get("entities").findValuesAsText("id");
    assertThat(json.get("events")).isNotEmpty();
    for (JsonNode event : json.get("events")) {
      assertThat(event.get("type").asText()).isNotBlank();
      assertThat(event.has("cameo")).isTrue();
      assertThat(event.get("sentence").asText()).isNotBlank();
      assertThat(event.get("start").asInt()).isLessThan(event.get("end").asInt());
      for (String side : List.of("source", "target")) {
        JsonNode actor = event.get(side);
        if (!actor.isNull() && !actor.get("entity").isNull()) {
          assertThat(entities).contains(actor.get("entity").asText());
        }
      }
    }
    assertThat(json.get("events").findValuesAsText("type")).contains("REJECT");
  }

  private static List<String> ids(Engine engine) {
    return engine.events(new EventQuery(null, null, null, null, false, 1000, 0)).stream().map(i -> i.id() + "#" + i.mentions()).toList();
  }
}
