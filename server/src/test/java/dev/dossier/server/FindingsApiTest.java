package dev.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API's quotes, sanctions, stories, reuse and entity exports over HTTP, on the seeds and a
 * farm copy of one analysed by the real pipeline.
 */
class FindingsApiTest {

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

  private static JsonNode byId(JsonNode array, String id) {
    for (JsonNode node : array) {
      if (node.get("id").asText().equals(id)) {
        return node;
      }
    }
    throw new AssertionError("no " + id + " in " + array);
  }

  @Test
  void quotes_speaker_everyQuoteOfThatEntityNewestFirstWithOffsetsIntoItsArticle() {
    JsonNode result = running.json("/api/v1/quotes?speaker=Pompeo&limit=100");

    JsonNode quotes = result.get("quotes");
    assertThat(quotes.size()).isGreaterThan(4);
    List<String> dates = new ArrayList<>();
    for (JsonNode quote : quotes) {
      assertThat(quote.get("speaker").get("entity").asText()).isEqualTo("person:mike-pompeo");
      String text = running.json("/api/v1/articles/" + quote.get("article").get("id").asText()).get("text").asText();
      JsonNode part = quote.get("parts").get(0);
      assertThat(quote.get("text").asText()).startsWith(text.substring(part.get("start").asInt(), part.get("end").asInt()));
      dates.add(quote.get("article").get("published").asText());
    }
    assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  void quotes_wordsAndDates_narrowTheQuotes() {
    JsonNode told = running.json("/api/v1/quotes?q=significant%20decrease");
    JsonNode early = running.json("/api/v1/quotes?q=significant%20decrease&to=2018-02-03");

    assertThat(told.get("quotes").findValuesAsText("cue")).contains("told");
    assertThat(told.get("quotes").size()).isEqualTo(2);
    assertThat(told.get("quotes").get(0).get("addressee").asText()).isEqualTo("BBC");
    assertThat(early.get("quotes").size()).isEqualTo(1);
    assertThat(early.get("quotes").get(0).get("article").get("id").asText()).isEqualTo(TestStores.COPIED_SEED);
    assertThat(running.get("/api/v1/quotes?limit=0").statusCode()).isEqualTo(400);
  }

  @Test
  void article_contract_entitiesWithKbAndSanctionsQuotesReuseStoryQuality() {
    JsonNode article = running.json("/api/v1/articles/" + TestStores.COPIED_SEED);

    JsonNode naryshkin = byId(article.get("entities"), "person:sergey-naryshkin");
    JsonNode hit = naryshkin.get("sanctions").get(0);
    assertThat(hit.get("list").asText()).startsWith("OFAC SDN");
    assertThat(hit.get("name").asText()).startsWith("NARYSHKIN");
    assertThat(article.get("text").asText()).contains(hit.get("evidence").asText());
    assertThat(byId(article.get("entities"), "location:russia").get("kb").asText()).startsWith("Q");
    assertThat(article.get("quotes").findValuesAsText("entity")).contains("person:mike-pompeo");
    assertThat(article.get("story").asText()).startsWith("story:");
    assertThat(article.get("reuse").size()).isZero();
    assertThat(article.get("quality").get("removed").get("link-spam").asInt()).isEqualTo(3);
  }

  @Test
  void reuse_farmCopy_passagesLinkToTheSeedsSpansWithSpinsAndSharedQuotes() {
    JsonNode reuse = running.json("/api/v1/articles/" + TestStores.FARM_COPY + "/reuse");
    String copyText = running.json("/api/v1/articles/" + TestStores.FARM_COPY).get("text").asText();
    String seedText = running.json("/api/v1/articles/" + TestStores.COPIED_SEED).get("text").asText();

    assertThat(reuse.get("sources").findValuesAsText("id")).containsExactly(TestStores.COPIED_SEED);
    assertThat(reuse.get("quality").get("reuse_ratio").asDouble()).isGreaterThan(0.8);
    assertThat(reuse.get("reuse").findValuesAsText("kind")).contains("copied", "shared_quote");
    List<String> spun = new ArrayList<>();
    for (JsonNode passage : reuse.get("reuse")) {
      String here = copyText.substring(passage.get("start").asInt(), passage.get("end").asInt());
      String there = seedText.substring(passage.get("source_start").asInt(), passage.get("source_end").asInt());
      assertThat(here.split(" ")[0].replaceAll("\\W", "")).isEqualToIgnoringCase(there.split(" ")[0].replaceAll("\\W", ""));
      passage.get("spins").forEach(spin -> spun.add(spin.get("text").asText() + "<-" + spin.get("original").asText()));
    }
    assertThat(spun).contains("functionaries<-officials", "encounter<-meeting");
    assertThat(running.get("/api/v1/articles/no-such-article/reuse").statusCode()).isEqualTo(404);
  }

  @Test
  void stories_andStory_copyJoinsTheSeedsStoryFirstPublisherFirst() {
    JsonNode stories = running.json("/api/v1/stories");
    String id = running.json("/api/v1/articles/" + TestStores.FARM_COPY).get("story").asText();
    JsonNode story = running.json("/api/v1/stories/" + id);

    assertThat(stories.get("stories").get(0).get("id").asText()).isEqualTo(id);
    assertThat(story.get("articles").asInt()).isEqualTo(2);
    assertThat(story.get("members").findValuesAsText("id")).containsExactly(TestStores.COPIED_SEED, TestStores.FARM_COPY);
    assertThat(story.get("firstPublisher").asText()).isEqualTo(TestStores.COPIED_SEED);
    JsonNode copy = story.get("copies").get(0);
    assertThat(copy.get("copier").asText()).isEqualTo(TestStores.FARM_COPY);
    assertThat(copy.get("source").asText()).isEqualTo(TestStores.COPIED_SEED);
    assertThat(copy.get("sourceInStory").asBoolean()).isTrue();
    assertThat(running.json("/api/v1/stories?from=2019-01-01").get("stories").findValuesAsText("id")).doesNotContain(id);
    assertThat(running.get("/api/v1/stories/story:999").statusCode()).isEqualTo(404);
    assertThat(running.get("/api/v1/stories/not-a-story").statusCode()).isEqualTo(400);
  }

  @Test
  void sanctions_everyHitSurestFirstWithEvidenceAndArticle() {
    JsonNode all = running.json("/api/v1/sanctions");
    JsonNode korobov = running.json("/api/v1/sanctions?entity=Korobov");

    assertThat(all.get("list").asText()).startsWith("OFAC SDN");
    assertThat(all.get("hits").findValuesAsText("name")).contains("NARYSHKIN, Sergey Yevgenyevich", "PUTIN, Vladimir Vladimirovich");
    List<Double> scores = all.get("hits").findValues("score").stream().map(JsonNode::asDouble).toList();
    assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(korobov.get("hits").size()).isEqualTo(2);
    for (JsonNode hit : korobov.get("hits")) {
      assertThat(hit.get("entity").get("id").asText()).isEqualTo("person:igor-korobov");
      String text = running.json("/api/v1/articles/" + hit.get("article").get("id").asText()).get("text").asText();
      assertThat(text).contains(hit.get("evidence").asText());
    }
    assertThat(running.json("/api/v1/sanctions?limit=1&offset=1").get("hits").size()).isEqualTo(1);
  }

  @Test
  void entityProfile_sanctionedEntity_hitsWithEvidenceKnowledgeBaseAndMonths() {
    JsonNode naryshkin = running.json("/api/v1/entities/person:sergey-naryshkin");

    assertThat(naryshkin.get("sanctions").size()).isEqualTo(2);
    assertThat(naryshkin.get("sanctions").get(0).get("programs").get(0).asText()).isNotBlank();
    assertThat(naryshkin.get("related").toString()).contains("SVR");
    assertThat(naryshkin.get("mentionsPerMonth").get("2018-02").asInt()).isPositive();
    assertThat(running.json("/api/v1/entities/person:mike-pompeo").get("sanctions").size()).isZero();
  }

  @Test
  void exportEntities_eachFormat_anAttachmentWithAFixedName() {
    HttpResponse<String> graphml = running.get("/api/v1/export/entities?format=graphml");
    HttpResponse<String> ftm = running.get("/api/v1/export/entities?format=ftm");
    HttpResponse<String> csv = running.get("/api/v1/export/entities?format=csv");
    HttpResponse<String> edges = running.get("/api/v1/export/entities?format=csv-edges");

    assertThat(graphml.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"dossier-entities.graphml\"");
    assertThat(graphml.body()).startsWith("<?xml").contains("person:sergey-naryshkin");
    assertThat(ftm.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-ndjson");
    assertThat(ftm.body().lines().map(RunningServer::parse).map(line -> line.get("schema").asText())).contains("Person", "Sanction");
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body()).contains("person:mike-pompeo");
    assertThat(edges.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"dossier-co-mentions.csv\"");
  }

  @Test
  void exportEntities_unknownOrMissingFormat_400NamingTheFormats() {
    for (String query : new String[] {"?format=..%2F..%2Fetc%2Fpasswd", "?format=pdf", ""}) {
      HttpResponse<String> response = running.get("/api/v1/export/entities" + query);

      assertThat(response.statusCode()).as(query).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Disposition")).isEmpty();
      assertThat(RunningServer.parse(response.body()).get("message").asText()).contains("graphml");
    }
  }
}
