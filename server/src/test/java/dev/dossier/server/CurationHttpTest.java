package dev.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.ingest.IngestOptions;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Analysts' corrections over HTTP, through the API and the dossier's forms, on the seeds analysed
 * by the real pipeline: refused without the access token, and with it applied to the store,
 * logged, and replayed on later ingests and rebuilds. Each test corrects entities of its own.
 */
class CurationHttpTest {

  @TempDir static Path dir;
  static RunningServer running;

  @BeforeAll
  static void start() {
    TestStores.pipeline(dir);
    running = RunningServer.on(dir);
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  private static HttpResponse<String> post(String path, String json, boolean withToken) {
    HttpRequest.Builder request = HttpRequest.newBuilder(running.uri(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    if (withToken) {
      request.header("Authorization", "Bearer " + running.server.token().value());
    }
    return running.send(request.build());
  }

  private static HttpResponse<String> form(String path, String... fields) {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < fields.length; i += 2) {
      pairs.add(URLEncoder.encode(fields[i], StandardCharsets.UTF_8) + "=" + URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
    }
    return running.send(HttpRequest.newBuilder(running.uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))).build());
  }

  private static List<String> logged(String action, String entity) {
    List<String> whys = new ArrayList<>();
    for (JsonNode entry : running.json("/api/v1/curations").get("curations")) {
      if (entry.get("action").asText().equals(action) && entry.get("entity").asText().equals(entity)) {
        whys.add(entry.get("who").asText() + ": " + entry.get("why").asText());
      }
    }
    return whys;
  }

  @Test
  void correction_withoutOrWithAWrongToken_401AndTheStoreUnchanged() {
    HttpResponse<String> none = post("/api/v1/entities/person:chuck-schumer/rename", "{\"name\": \"Charles Schumer\", \"who\": \"intruder\"}", false);
    HttpResponse<String> wrong = running.send(HttpRequest.newBuilder(running.uri("/api/v1/entities/person:chuck-schumer/delete"))
        .header("Authorization", "Bearer not-the-token").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"who\": \"intruder\"}")).build());
    HttpResponse<String> page = form("/entities/person:chuck-schumer/rename", "name", "Charles Schumer", "who", "intruder", "token", "not-the-token");

    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(RunningServer.parse(none.body()).get("code").asText()).isEqualTo("E501");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(page.statusCode()).isEqualTo(401);
    assertThat(Jsoup.parse(page.body()).select("p.error code").text()).isEqualTo("E501");
    assertThat(running.json("/api/v1/entities/person:chuck-schumer").get("name").asText()).isEqualTo("Chuck Schumer");
    assertThat(logged("rename", "person:chuck-schumer")).isEmpty();
    assertThat(logged("delete", "person:chuck-schumer")).isEmpty();
  }

  @Test
  void rename_withToken_appliedLoggedAndReplayedOnALaterIngest() throws Exception {
    HttpResponse<String> response = post("/api/v1/entities/person:mike-pompeo/rename",
        "{\"name\": \"Michael R. Pompeo\", \"who\": \"analyst\", \"why\": \"his official name\"}", true);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode answer = RunningServer.parse(response.body());
    assertThat(answer.get("curation").get("action").asText()).isEqualTo("rename");
    assertThat(answer.get("entity").get("name").asText()).isEqualTo("Michael R. Pompeo");
    assertThat(running.json("/api/v1/entities/person:mike-pompeo").get("name").asText()).isEqualTo("Michael R. Pompeo");
    assertThat(logged("rename", "person:mike-pompeo")).containsExactly("analyst: his official name");
    int articles = running.json("/api/v1/entities/person:mike-pompeo").get("articles").asInt();

    Path later = Files.writeString(dir.resolveSibling(dir.getFileName() + "-later.txt"),
        "Pompeo meets Lavrov\n\nSecretary of State Mike Pompeo met Russian Foreign Minister Sergey Lavrov in Sochi on Tuesday.\n");
    running.engine.ingest(List.of(later.toString()), new IngestOptions(LocalDate.of(2019, 5, 14), "Wire"), null);

    JsonNode after = running.json("/api/v1/entities/person:mike-pompeo");
    assertThat(after.get("name").asText()).isEqualTo("Michael R. Pompeo");
    assertThat(after.get("articles").asInt()).isEqualTo(articles + 1);
  }

  @Test
  void merge_withToken_mentionsAndQuotesFollowAndTheMergedIdIsGone() {
    int before = running.json("/api/v1/entities/misc:democratic").get("articles").asInt();

    HttpResponse<String> response = post("/api/v1/entities/misc:democratic/merge", "{\"other\": \"misc:democrats\", \"who\": \"analyst\"}", true);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(RunningServer.parse(response.body()).get("entity").get("id").asText()).isEqualTo("misc:democratic");
    assertThat(running.get("/api/v1/entities/misc:democrats").statusCode()).isEqualTo(404);
    assertThat(running.json("/api/v1/entities/misc:democratic").get("articles").asInt()).isGreaterThanOrEqualTo(before);
    assertThat(running.json("/api/v1/quotes?speaker=misc:democratic").get("quotes").size()).isPositive();
    assertThat(running.json("/api/v1/articles/" + TestStores.COPIED_SEED).get("entities").findValuesAsText("id")).doesNotContain("misc:democrats");
  }

  @Test
  void splitRetypeDelete_withToken_resultingEntitiesAndReplayedByARebuild() {
    HttpResponse<String> split = post("/api/v1/entities/location:russia/split", "{\"name\": \"Russian Federation\", \"who\": \"analyst\"}", true);
    HttpResponse<String> retype = post("/api/v1/entities/organization:forbes/retype", "{\"type\": \"MISC\", \"who\": \"analyst\", \"why\": \"a magazine\"}", true);
    HttpResponse<String> delete = post("/api/v1/entities/organization:news-of-naryshkin/delete", "{\"who\": \"analyst\", \"why\": \"a headline fragment\"}", true);

    assertThat(split.statusCode()).as(split.body()).isEqualTo(200);
    String splitOff = RunningServer.parse(split.body()).get("entity").get("id").asText();
    assertThat(splitOff).isEqualTo(RunningServer.parse(split.body()).get("curation").get("target").asText()).isNotEqualTo("location:russia");
    assertThat(RunningServer.parse(retype.body()).get("entity").get("type").asText()).isEqualTo("MISC");
    assertThat(delete.statusCode()).isEqualTo(200);
    assertThat(RunningServer.parse(delete.body()).get("entity").isNull()).isTrue();
    assertThat(running.get("/api/v1/entities/organization:news-of-naryshkin").statusCode()).isEqualTo(404);

    running.engine.rebuildEntities(null);

    assertThat(running.json("/api/v1/entities/" + splitOff).get("name").asText()).isEqualTo("Russian Federation");
    assertThat(running.json("/api/v1/entities/organization:forbes").get("type").asText()).isEqualTo("MISC");
    assertThat(running.get("/api/v1/entities/organization:news-of-naryshkin").statusCode()).isEqualTo(404);
  }

  @Test
  void correction_badRequests_clearErrorsAndNothingLogged() {
    int logged = running.json("/api/v1/curations").get("curations").size();

    assertThat(post("/api/v1/entities/location:iran/rename", "{\"name\": \"Persia\"}", true).statusCode()).isEqualTo(400);
    assertThat(post("/api/v1/entities/location:iran/retype", "{\"type\": \"PLANET\", \"who\": \"analyst\"}", true).statusCode()).isEqualTo(400);
    assertThat(post("/api/v1/entities/location:iran/rename", "not json", true).statusCode()).isEqualTo(400);
    assertThat(post("/api/v1/entities/location:iran/merge", "{\"other\": \"Nobody At All\", \"who\": \"analyst\"}", true).statusCode()).isEqualTo(404);
    assertThat(post("/api/v1/entities/nobody-at-all/delete", "{\"who\": \"analyst\"}", true).statusCode()).isEqualTo(404);
    HttpResponse<String> plain = running.send(HttpRequest.newBuilder(running.uri("/api/v1/entities/location:iran/delete"))
        .header("Authorization", "Bearer " + running.server.token().value()).header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("who=analyst")).build());
    HttpResponse<String> missing = post("/api/v1/entities/location:iran/rename", "{\"name\": \"Persia\"}", true);

    assertThat(plain.statusCode()).isEqualTo(415);
    assertThat(RunningServer.parse(missing.body()).get("message").asText()).contains("'who'");
    assertThat(running.json("/api/v1/curations").get("curations").size()).isEqualTo(logged);
    assertThat(running.json("/api/v1/entities/location:iran").get("name").asText()).isEqualTo("Iran");
  }

  @Test
  void dossierForm_withTokenField_303ToTheEntityAndApplied() {
    HttpResponse<String> rename = form("/entities/location:north-korea/rename",
        "name", "Democratic People's Republic of Korea", "who", "analyst", "why", "the formal name", "token", running.server.token().value());
    HttpResponse<String> delete = form("/entities/location:countering-america/delete", "who", "analyst", "token", running.server.token().value());

    assertThat(rename.statusCode()).isEqualTo(303);
    assertThat(rename.headers().firstValue("Location")).hasValue("/entities/location%3Anorth-korea");
    assertThat(Jsoup.parse(running.get("/entities/location%3Anorth-korea").body()).selectFirst("h1").ownText()).isEqualTo("Democratic People's Republic of Korea");
    assertThat(delete.statusCode()).isEqualTo(303);
    assertThat(delete.headers().firstValue("Location").orElseThrow()).startsWith("/curations#curation-");
    assertThat(Jsoup.parse(running.get("/curations").body()).select(".curation-log li").text()).contains("deleted location:countering-america");
  }

  @Test
  void dossierPage_correctionForms_postToTheEntityWithATokenField() {
    var page = Jsoup.parse(running.get("/entities/person%3Aigor-korobov").body());

    assertThat(page.select("#correct form").eachAttr("action")).containsExactly(
        "/entities/person%3Aigor-korobov/merge", "/entities/person%3Aigor-korobov/split", "/entities/person%3Aigor-korobov/rename",
        "/entities/person%3Aigor-korobov/retype", "/entities/person%3Aigor-korobov/delete");
    assertThat(page.select("#correct form")).allSatisfy(form -> {
      assertThat(form.attr("method")).isEqualTo("post");
      assertThat(form.select("input[name=token][type=password][required]")).hasSize(1);
      assertThat(form.select("input[name=who][required]")).hasSize(1);
    });
    assertThat(page.select("#split-name option").eachAttr("value")).contains("Igor Korobov", "Korobov");
  }
}
