package dev.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API over HTTP against a real server on the seed articles. */
class ApiTest {

  @TempDir static Path dir;
  static RunningServer running;

  @BeforeAll
  static void start() {
    TestStores.seeds(dir);
    running = RunningServer.on(dir);
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void searchArticles_word_hitsWithHighlightedSnippetsAndFacets() {
    JsonNode result = running.json("/api/v1/articles?q=spy");

    assertThat(result.get("total").asInt()).isEqualTo(2);
    JsonNode hit = result.get("hits").get(0);
    JsonNode snippet = hit.get("snippet");
    JsonNode first = snippet.get("highlights").get(0);
    assertThat(snippet.get("text").asText().substring(first.get("start").asInt(), first.get("end").asInt())).isEqualToIgnoringCase("spy");
    JsonNode facets = result.get("facets");
    assertThat(facets.get("entities").findValuesAsText("id")).contains("person:donald-trump", "location:russia");
    assertThat(facets.get("types").findValuesAsText("type")).contains("PERSON", "LOCATION", "ORGANIZATION");
    assertThat(facets.get("sources").get(0).get("source").asText()).isEqualTo("Wire");
    assertThat(facets.get("months").findValuesAsText("month")).containsExactly("2018-02", "2019-09");
  }

  @Test
  void searchArticles_entityAndDateFilters_narrowTheHits() {
    JsonNode onlyPompeo = running.json("/api/v1/articles?entity=Pompeo");
    JsonNode in2019 = running.json("/api/v1/articles?from=2019-01-01&to=2019-12-31");

    assertThat(onlyPompeo.get("total").asInt()).isEqualTo(1);
    assertThat(onlyPompeo.get("hits").get(0).get("title").asText()).contains("Russian spy chief");
    assertThat(in2019.get("total").asInt()).isEqualTo(1);
    assertThat(in2019.get("hits").get(0).get("published").asText()).isEqualTo("2019-09-10");
  }

  @Test
  void searchArticles_badParameter_400WithCodeAndMessage() {
    HttpResponse<String> response = running.get("/api/v1/articles?from=yesterday");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonNode error = RunningServer.parse(response.body());
    assertThat(error.get("code").asText()).isEqualTo("E401");
    assertThat(error.get("message").asText()).contains("from").contains("yesterday");
  }

  @Test
  void article_known_contractWithMentionsDatesAndRemovalsInPlace() {
    JsonNode article = running.json("/api/v1/articles/004_b12aa63abad0d3a9");

    String text = article.get("text").asText();
    JsonNode pompeo = null;
    for (JsonNode entity : article.get("entities")) {
      if (entity.get("id").asText().equals("person:mike-pompeo")) {
        pompeo = entity;
      }
    }
    assertThat(pompeo).isNotNull();
    for (JsonNode mention : pompeo.get("mentions")) {
      assertThat(text.substring(mention.get("start").asInt(), mention.get("end").asInt())).isEqualTo(mention.get("text").asText());
    }
    JsonNode removal = article.get("removed").get(0);
    assertThat(removal.get("reason").asText()).isEqualTo("link-spam");
    assertThat(removal.get("at").asInt()).isBetween(0, text.length());
    assertThat(article.get("producers").get("entities").asText()).isEqualTo("entities@1");
  }

  @Test
  void article_unknown_404WithCode() {
    HttpResponse<String> response = running.get("/api/v1/articles/no-such-article");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(RunningServer.parse(response.body()).get("code").asText()).isEqualTo("E402");
  }

  @Test
  void unknownEndpoint_404Json() {
    HttpResponse<String> response = running.get("/api/v1/nothing-here");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(RunningServer.parse(response.body()).get("code").asText()).isEqualTo("E402");
  }

  @Test
  void entities_nameFilter_matchesAliasesIgnoringCase() {
    JsonNode result = running.json("/api/v1/entities?q=pompeo");

    assertThat(result.get("entities").findValuesAsText("id")).containsExactly("person:mike-pompeo");
  }

  @Test
  void entity_profile_namesCountsAndCoMentions() {
    JsonNode trump = running.json("/api/v1/entities/person:donald-trump");

    assertThat(trump.get("name").asText()).isEqualTo("Donald Trump");
    assertThat(trump.get("aliases").get(0).asText()).isEqualTo("Trump");
    assertThat(trump.get("articles").asInt()).isEqualTo(2);
    assertThat(trump.get("firstSeen").asText()).isEqualTo("2018-02-02");
    assertThat(trump.get("lastSeen").asText()).isEqualTo("2019-09-10");
    assertThat(trump.get("coMentioned").findValuesAsText("id")).contains("location:russia", "organization:cia");
  }

  @Test
  void neighbourhood_entity_centreFirstAndEdgesAmongNodes() {
    JsonNode graph = running.json("/api/v1/entities/person:mike-pompeo/graph?limit=5");

    JsonNode nodes = graph.get("nodes");
    assertThat(nodes.get(0).get("id").asText()).isEqualTo("person:mike-pompeo");
    assertThat(nodes.size()).isEqualTo(6);
    assertThat(graph.get("edges").size()).isGreaterThanOrEqualTo(5);
    for (JsonNode edge : graph.get("edges")) {
      assertThat(nodes.findValuesAsText("id")).contains(edge.get("source").asText(), edge.get("target").asText());
      assertThat(edge.get("source").asText()).isLessThan(edge.get("target").asText());
    }
  }

  @Test
  void neighbourhood_typeFilter_onlyNeighboursOfThatType() {
    JsonNode graph = running.json("/api/v1/entities/person:mike-pompeo/graph?type=LOCATION");

    JsonNode nodes = graph.get("nodes");
    for (int i = 1; i < nodes.size(); i++) {
      assertThat(nodes.get(i).get("type").asText()).isEqualTo("LOCATION");
    }
  }

  @Test
  void timeline_entity_onlySentencesNamingIt() {
    JsonNode timeline = running.json("/api/v1/timeline?entity=person:donald-trump");

    JsonNode entries = timeline.get("entries");
    assertThat(entries.size()).isPositive();
    for (JsonNode entry : entries) {
      JsonNode context = entry.get("context");
      String sentence = context.get("text").asText();
      assertThat(sentence).containsAnyOf("Trump", "Donald Trump");
      JsonNode date = entry.get("dateInContext");
      assertThat(sentence.substring(date.get("start").asInt(), date.get("end").asInt())).isEqualTo(entry.get("text").asText());
    }
    assertThat(entries.findValuesAsText("day")).isSorted();
  }

  @Test
  void exportArticles_search_oneContractLinePerMatchAsAttachment() {
    HttpResponse<String> response = running.get("/api/v1/export/articles?q=spy");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-ndjson");
    assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"dossier-export.jsonl\"");
    List<String> lines = response.body().lines().toList();
    assertThat(lines).hasSize(2);
    for (String line : lines) {
      JsonNode article = RunningServer.parse(line);
      assertThat(article.get("text").asText()).containsIgnoringCase("spy");
      assertThat(article.get("entities").size()).isPositive();
    }
  }

  @Test
  void exportArticles_limit_upToTenThousandElse400() {
    assertThat(running.get("/api/v1/export/articles?limit=100000").statusCode()).isEqualTo(400);
    assertThat(running.get("/api/v1/export/articles?limit=5000").statusCode()).isEqualTo(200);
    assertThat(running.get("/api/v1/export/articles?q=spy&limit=1").body().lines().count()).isEqualTo(1);
  }

  @Test
  void stats_counts() {
    JsonNode stats = running.json("/api/v1/stats");

    assertThat(stats.get("articles").asInt()).isEqualTo(2);
    assertThat(stats.get("entitiesByType").get("PERSON").asInt()).isPositive();
  }

  @Test
  void ingest_withoutToken_401AndNothingQueued() {
    HttpResponse<String> response = running.send(HttpRequest.newBuilder(running.uri("/api/v1/ingest"))
        .header("Content-Type", "multipart/form-data; boundary=x").POST(HttpRequest.BodyPublishers.ofString("--x--\r\n")).build());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(RunningServer.parse(response.body()).get("code").asText()).isEqualTo("E501");
    assertThat(running.json("/api/v1/jobs").get("jobs").size()).isZero();
  }

  @Test
  void ingest_wrongToken_401() {
    HttpResponse<String> response = running.send(HttpRequest.newBuilder(running.uri("/api/v1/ingest")).header("Authorization", "Bearer not-the-token")
        .header("Content-Type", "multipart/form-data; boundary=x").POST(HttpRequest.BodyPublishers.ofString("--x--\r\n")).build());

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void anyWrite_withoutToken_401EvenOnUnknownPaths() {
    HttpResponse<String> response = running.send(HttpRequest.newBuilder(running.uri("/api/v1/entities/person:mike-pompeo/merge"))
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void requestTooLarge_413BeforeReading() {
    byte[] body = new byte[(int) ServerOptions.DEFAULT_MAX_REQUEST_BYTES + 1];
    // "Expect: 100-continue", as curl sends for large bodies: the server answers 413 from the
    // declared length and the body is never sent. Without it the client may still be writing
    // when the server closes, and the reset can discard the answer before it is read.
    HttpResponse<String> response = running.send(HttpRequest.newBuilder(running.uri("/api/v1/articles")).expectContinue(true)
        .header("Authorization", "Bearer " + running.server.token().value()).method("PUT", HttpRequest.BodyPublishers.ofByteArray(body)).build());

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(RunningServer.parse(response.body()).get("code").asText()).isEqualTo("E502");
  }

  @Test
  void everyResponse_securityHeaders() {
    for (String path : new String[] {"/", "/api/v1/stats", "/static/dossier.css", "/nothing"}) {
      HttpResponse<String> response = running.get(path);
      assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValue(Security.CONTENT_SECURITY_POLICY);
      assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
    }
  }
}
