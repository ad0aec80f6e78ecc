package dev.dossier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.ErrorCode;
import dev.dossier.core.Rejection;
import dev.dossier.ingest.IngestOptions;
import dev.dossier.store.IngestLogEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineIngestTest {

  private static final String POMPEO =
      "Pompeo warns of Russian meddling\n\nJust this week, Pompeo warned in an interview with the BBC that Russian Federation was still a threat to American elections.\n";
  private static final String ANTONOV =
      "Antonov confirms visit\n\nRussian Ambassador to the U.S. Anatoly Antonov confirmed that Naryshkin was in Washington to meet with U.S. officials about terrorism.\n";

  @Test
  void ingest_sameFilesTwice_secondRunFindsEverythingUnchanged(@TempDir Path dir) throws IOException {
    Path first = Files.writeString(dir.resolve("pompeo.txt"), POMPEO, StandardCharsets.UTF_8);
    Path second = Files.writeString(dir.resolve("antonov.txt"), ANTONOV, StandardCharsets.UTF_8);
    IngestOptions options = new IngestOptions(LocalDate.of(2018, 2, 2), "Test Wire");

    try (Engine engine = Engine.open(dir.resolve("data"))) {
      IngestReport once = engine.ingest(List.of(first.toString(), second.toString()), options, null);
      IngestReport twice = engine.ingest(List.of(dir.toString()), options, null);

      assertThat(once.ingested()).isEqualTo(2);
      assertThat(once.tokens()).isPositive();
      assertThat(twice.ingested()).isZero();
      assertThat(twice.unchanged()).isEqualTo(2);
      assertThat(engine.stats().articles()).isEqualTo(2);
      assertThat(engine.entity("Antonov")).extracting(p -> p.name()).containsExactly("Anatoly Antonov");
    }
  }

  @Test
  void ingest_sameArticleTwiceInOneRun_storedOnce(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("pompeo.txt"), POMPEO, StandardCharsets.UTF_8);

    try (Engine engine = Engine.open(dir.resolve("data"))) {
      IngestReport report = engine.ingest(List.of(file.toString(), file.toString()), IngestOptions.NONE, null);

      assertThat(report.ingested()).isEqualTo(1);
      assertThat(report.unchanged()).isEqualTo(1);
      assertThat(engine.stats().articles()).isEqualTo(1);
    }
  }

  @Test
  void ingest_editedArticle_isUpdatedNotDuplicated(@TempDir Path dir) throws IOException {
    Path jsonl = dir.resolve("wire.jsonl");
    Files.writeString(jsonl, "{\"id\":\"w1\",\"title\":\"Antonov confirms visit\",\"published\":\"2018-02-02\",\"text\":\"Antonov confirmed that Naryshkin was in Washington.\"}\n", StandardCharsets.UTF_8);
    try (Engine engine = Engine.open(dir.resolve("data"))) {
      engine.ingest(List.of(jsonl.toString()), IngestOptions.NONE, null);
      Files.writeString(jsonl, "{\"id\":\"w1\",\"title\":\"Antonov confirms visit\",\"published\":\"2018-02-02\",\"text\":\"Antonov confirmed that Naryshkin met CIA Director Mike Pompeo in Washington.\"}\n", StandardCharsets.UTF_8);

      IngestReport report = engine.ingest(List.of(jsonl.toString()), IngestOptions.NONE, null);

      assertThat(report.updated()).isEqualTo(1);
      assertThat(engine.stats().articles()).isEqualTo(1);
      assertThat(engine.article("w1").orElseThrow().article().text()).contains("Mike Pompeo");
      assertThat(engine.entity("Pompeo")).isNotEmpty();
    }
  }

  @Test
  void ingest_rejectedInputs_reportedToListenerLoggedAndCounted(@TempDir Path dir) throws IOException {
    Path jsonl = dir.resolve("feed.jsonl");
    Files.writeString(jsonl, "{\"id\":\"ok\",\"text\":\"Antonov confirmed the visit.\"}\n{\"id\":\"bad\",\n{\"id\":\"empty\",\"text\":\"   \"}\n", StandardCharsets.UTF_8);
    List<Rejection> heard = new ArrayList<>();

    try (Engine engine = Engine.open(dir.resolve("data"))) {
      IngestReport report = engine.ingest(List.of(jsonl.toString(), dir.resolve("gone.html").toString()), IngestOptions.NONE, new IngestListener() {
        @Override
        public void rejected(Rejection rejection) {
          heard.add(rejection);
        }
      });

      assertThat(report.ingested()).isEqualTo(1);
      assertThat(report.rejected()).isEqualTo(3);
      assertThat(report.rejectedByCode()).containsKeys(ErrorCode.MALFORMED_JSON, ErrorCode.EMPTY_ARTICLE, ErrorCode.INPUT_NOT_FOUND);
      assertThat(heard).extracting(Rejection::input).containsExactly(jsonl + ":2", jsonl + ":3", dir.resolve("gone.html").toString());
      assertThat(engine.ingestLog(IngestLogEntry.Status.REJECTED, 10)).hasSize(3);
    }
  }
}
