package dev.dossier.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.core.Doc;
import dev.dossier.core.DossierException;
import dev.dossier.core.EntityType;
import dev.dossier.ingest.IngestOptions;
import dev.dossier.store.CurationEntry;
import dev.dossier.store.QuoteQuery;
import dev.dossier.store.SanctionsRow;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolution, screening, curation and export through the engine, on the seed articles and real sentences, with the real store. */
class EngineResolutionTest {

  private static final Path SEEDS = Path.of("../demo/seeds.jsonl");
  private static final IngestOptions FEB_2018 = new IngestOptions(LocalDate.of(2018, 2, 2), "Test Wire");

  private static final String POMPEO =
      "Pompeo warns of Russian meddling\n\nJust this week, Pompeo warned in an interview with the BBC that Russian Federation was still a threat to American elections.\n";
  private static final String NARYSHKIN =
      "Spy chief in Washington\n\nSergei Naryshkine, head of Russia's foreign intelligence service, met CIA officials in Washington, Russian media said.\n";

  @Test
  void ingest_seeds_oneIdPerActorAcrossArticlesAndSanctionsHitsWithEvidence(@TempDir Path dir) {
    try (Engine engine = Engine.open(dir.resolve("data"))) {
      engine.ingest(List.of(SEEDS.toString()), IngestOptions.NONE, null);

      assertThat(engine.entity("Trump")).extracting(p -> p.id()).containsExactly("person:donald-trump");
      assertThat(engine.entity("person:donald-trump").getFirst().articles()).isEqualTo(2);
      assertThat(engine.entity("Russian").getFirst().id()).isEqualTo("location:russia");
      List<SanctionsRow> hits = engine.sanctions(null);
      assertThat(hits).extracting(r -> r.hit().name()).contains("NARYSHKIN, Sergey Yevgenyevich", "KOROBOV, Igor Valentinovich");
      SanctionsRow korobov = engine.sanctions("Korobov").getFirst();
      assertThat(korobov.entityId()).isEqualTo("person:igor-korobov");
      assertThat(korobov.hit().evidence()).contains("Korobov");
      EntityReport report = engine.entityReports("Naryshkin").getFirst();
      assertThat(report.sanctions()).isNotEmpty();
      assertThat(report.mentionsPerMonth()).containsKey("2018-02");
      assertThat(report.related()).anyMatch(r -> r.contains("Director of the SVR"));
    }
  }

  @Test
  void ingest_laterArticle_joinsTheStoredEntityWithoutReprocessing(@TempDir Path dir) throws IOException {
    Path first = Files.writeString(dir.resolve("pompeo.txt"), POMPEO, StandardCharsets.UTF_8);
    Path second = Files.writeString(dir.resolve("naryshkin.txt"), NARYSHKIN, StandardCharsets.UTF_8);
    try (Engine engine = Engine.open(dir.resolve("data"))) {
      engine.ingest(List.of(SEEDS.toString()), IngestOptions.NONE, null);
      long before = engine.stats().articles();

      engine.ingest(List.of(first.toString(), second.toString()), FEB_2018, null);

      assertThat(engine.stats().articles()).isEqualTo(before + 2);
      assertThat(engine.entity("person:sergey-naryshkin").getFirst().articles()).isEqualTo(2);
      assertThat(engine.entity("person:sergey-naryshkin").getFirst().aliases()).contains("Sergei Naryshkine", "Naryshkin");
      assertThat(engine.entity("person:mike-pompeo").getFirst().articles()).isEqualTo(2);
    }
  }

  @Test
  void analyze_severalInputs_sameIdInEveryArticle(@TempDir Path dir) throws IOException {
    Path first = Files.writeString(dir.resolve("pompeo.txt"), POMPEO, StandardCharsets.UTF_8);
    List<Doc> docs = new ArrayList<>();
    Engine.analyze(List.of(SEEDS.toString(), first.toString()), FEB_2018, Analyzer.standard(), new Analyzer.Sink() {
      @Override
      public void accept(Doc doc) {
        docs.add(doc);
      }

      @Override
      public void reject(dev.dossier.core.Rejection rejection) {}
    });

    List<String> pompeoIds = new ArrayList<>();
    for (Doc doc : docs) {
      for (JsonNode entity : DocJson.toJson(doc).get("entities")) {
        if (entity.get("name").asText().contains("Pompeo")) {
          pompeoIds.add(entity.get("id").asText());
        }
      }
    }
    assertThat(pompeoIds).hasSize(2).containsOnly("person:mike-pompeo");
  }

  @Test
  void curate_everyCorrection_loggedAppliedAndReplayedOnIngestAndRebuild(@TempDir Path dir) throws IOException {
    Path later = Files.writeString(dir.resolve("pompeo.txt"), POMPEO, StandardCharsets.UTF_8);
    try (Engine engine = Engine.open(dir.resolve("data"))) {
      engine.ingest(List.of(SEEDS.toString()), IngestOptions.NONE, null);

      engine.merge("Central Intelligence Agency", "organization:kremlin", "analyst", "test merge");
      engine.rename("person:mike-pompeo", "Michael R. Pompeo", "analyst", "official name");
      engine.retype("organization:forbes", EntityType.MISC, "analyst", "a magazine title here");
      engine.delete("organization:news-of-naryshkin", "analyst", "recognition error");
      engine.split("location:russia", "Russian Federation", "analyst", "keep the formal name apart");

      List<CurationEntry> log = engine.curations();
      assertThat(log).extracting(CurationEntry::action).containsExactly("merge", "rename", "retype", "delete", "split");
      assertThat(log).allSatisfy(entry -> assertThat(entry.who()).isEqualTo("analyst"));
      assertThat(engine.entity("Kremlin").getFirst().id()).isEqualTo("organization:central-intelligence-agency");
      assertThat(engine.entity("person:mike-pompeo").getFirst().name()).isEqualTo("Michael R. Pompeo");
      assertThat(engine.entity("organization:forbes").getFirst().type()).isEqualTo(EntityType.MISC);
      assertThat(engine.entity("organization:news-of-naryshkin")).isEmpty();
      assertThat(engine.entity("location:russian-federation")).isNotEmpty();

      engine.ingest(List.of(later.toString()), FEB_2018, null);
      assertThat(engine.entity("person:mike-pompeo").getFirst().name()).isEqualTo("Michael R. Pompeo");
      assertThat(engine.entity("person:mike-pompeo").getFirst().articles()).isEqualTo(2);

      engine.rebuildEntities(null);
      assertThat(engine.entity("Kremlin").getFirst().id()).isEqualTo("organization:central-intelligence-agency");
      assertThat(engine.entity("person:mike-pompeo").getFirst().name()).isEqualTo("Michael R. Pompeo");
      assertThat(engine.entity("organization:news-of-naryshkin")).isEmpty();
      assertThat(engine.sanctions(null)).extracting(r -> r.hit().name()).contains("NARYSHKIN, Sergey Yevgenyevich");
    }
  }

  @Test
  void curate_articlesRewritten_quotesKeptAndFollowTheEntity(@TempDir Path dir) {
    try (Engine engine = Engine.open(dir.resolve("data"))) {
      engine.ingest(List.of(SEEDS.toString()), IngestOptions.NONE, null);
      int before = engine.quotes(new QuoteQuery(null, null, null, null, 1000)).size();
      int byPompeo = engine.quotesBy("person:mike-pompeo", 100).size();

      engine.rename("person:mike-pompeo", "Michael R. Pompeo", "analyst", "official name");
      engine.merge("person:mike-pompeo", "person:chuck-schumer", "analyst", "a test merge");

      assertThat(before).isPositive();
      assertThat(byPompeo).isPositive();
      assertThat(engine.quotes(new QuoteQuery(null, null, null, null, 1000))).hasSize(before);
      assertThat(engine.quotesBy("person:mike-pompeo", 100)).hasSizeGreaterThanOrEqualTo(byPompeo);
      JsonNode article = DocJson.toJson(engine.document("004_b12aa63abad0d3a9").orElseThrow());
      assertThat(article.get("quotes").findValuesAsText("entity")).contains("person:mike-pompeo").doesNotContain("person:chuck-schumer");

      engine.rebuildEntities(null);
      assertThat(engine.quotes(new QuoteQuery(null, null, null, null, 1000))).hasSize(before);
      assertThat(engine.quotesBy("person:mike-pompeo", 100)).hasSizeGreaterThanOrEqualTo(byPompeo);
    }
  }

  @Test
  void curate_unknownEntity_clearError(@TempDir Path dir) {
    try (Engine engine = Engine.open(dir.resolve("data"))) {
      assertThatThrownBy(() -> engine.delete("Nobody At All", "analyst", "")).isInstanceOf(DossierException.class).hasMessageContaining("no entity named 'Nobody At All'");
    }
  }

  @Test
  void export_everyFormat_writesTheEntitiesAndTheirLinks(@TempDir Path dir) throws IOException {
    try (Engine engine = Engine.open(dir.resolve("data"))) {
      engine.ingest(List.of(SEEDS.toString()), IngestOptions.NONE, null);

      StringWriter graphml = new StringWriter();
      engine.export(Exporter.Format.GRAPHML, graphml);
      StringWriter ftm = new StringWriter();
      engine.export(Exporter.Format.FTM, ftm);
      StringWriter csv = new StringWriter();
      engine.export(Exporter.Format.CSV, csv);

      assertThat(graphml.toString()).contains("<node id=\"person:sergey-naryshkin\">").contains("co-mentioned").contains("capital of");
      List<String> lines = ftm.toString().lines().toList();
      assertThat(lines).allSatisfy(line -> assertThat(DocJson.mapper().readTree(line).get("schema").asText()).isNotEmpty());
      assertThat(lines).anyMatch(line -> line.contains("\"schema\":\"Sanction\"") && line.contains("16691"));
      assertThat(csv.toString().lines().findFirst()).contains("id,name,type,kb_id,articles,mentions,first_seen,last_seen,aliases,sanctions");
      assertThat(csv.toString()).contains("person:igor-korobov,Igor Korobov,PERSON");
    }
  }
}
