package dev.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.server.html.Urls;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events over HTTP, in the API and on the pages, on the seeds and a farm copy of one analysed by
 * the real pipeline: the copy reports the seed's events again, so some instances have mentions in
 * two articles.
 */
class EventsHttpTest {

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

  /** An instance reported by two articles: the seed and its farm copy. */
  private static JsonNode sharedInstance() {
    for (JsonNode event : running.json("/api/v1/events?limit=500").get("events")) {
      if (event.get("articles").asInt() >= 2) {
        return event;
      }
    }
    throw new AssertionError("no event reported by two articles");
  }

  @Test
  void events_all_instancesEarliestFirstWithEvidenceInsideItsArticle() {
    JsonNode events = running.json("/api/v1/events?limit=500").get("events");

    assertThat(events.size()).isGreaterThan(10);
    List<String> days = new ArrayList<>();
    for (JsonNode event : events) {
      assertThat(event.get("mentions").asInt()).isGreaterThanOrEqualTo(event.get("articles").asInt()).isPositive();
      JsonNode evidence = event.get("evidence");
      assertThat(evidence.get("instance").asText()).isEqualTo(event.get("id").asText());
      String text = running.json("/api/v1/articles/" + Urls.segment(evidence.get("article").get("id").asText())).get("text").asText();
      assertThat(text.substring(evidence.get("sentenceStart").asInt(), evidence.get("sentenceEnd").asInt()).replace('\n', ' '))
          .isEqualTo(evidence.get("sentence").asText());
      assertThat(text.substring(evidence.get("start").asInt(), evidence.get("end").asInt())).isEqualTo(evidence.get("trigger").asText());
      if (!event.get("day").isNull()) {
        days.add(event.get("day").asText());
      }
    }
    assertThat(days).isSorted();
  }

  @Test
  void events_typeAndEntity_onlyThatTypeWithTheEntityAsAnActor() {
    JsonNode events = running.json("/api/v1/events?type=consult&entity=Pompeo").get("events");

    assertThat(events.size()).isPositive();
    for (JsonNode event : events) {
      assertThat(event.get("type").asText()).isEqualTo("CONSULT");
      assertThat(List.of(event.get("source").path("entity").asText(), event.get("target").path("entity").asText())).contains("person:mike-pompeo");
    }
  }

  @Test
  void events_badTypeUnknownEntityBadDate_jsonErrorsWithCodes() {
    HttpResponse<String> type = running.get("/api/v1/events?type=HUG");
    HttpResponse<String> entity = running.get("/api/v1/events?entity=Nobody%20Anywhere");
    HttpResponse<String> date = running.get("/api/v1/events?from=yesterday");
    HttpResponse<String> event = running.get("/api/v1/events/consult/nobody/-/1900-01-01");

    assertThat(type.statusCode()).isEqualTo(400);
    assertThat(RunningServer.parse(type.body()).get("message").asText()).contains("type").contains("HUG");
    assertThat(RunningServer.parse(entity.body()).get("code").asText()).isEqualTo("E402");
    assertThat(entity.statusCode()).isEqualTo(404);
    assertThat(date.statusCode()).isEqualTo(400);
    assertThat(RunningServer.parse(date.body()).get("code").asText()).isEqualTo("E401");
    assertThat(event.statusCode()).isEqualTo(404);
    assertThat(RunningServer.parse(event.body()).get("message").asText()).contains("consult/nobody/-/1900-01-01");
  }

  @Test
  void event_sharedInstance_everyMentionWithItsArticleSentenceAndSpans() {
    JsonNode shared = sharedInstance();

    JsonNode event = running.json("/api/v1/events/" + Urls.eventPath(shared.get("id").asText()));

    assertThat(event.get("id").asText()).isEqualTo(shared.get("id").asText());
    JsonNode mentions = event.get("mentionList");
    List<String> articles = new ArrayList<>();
    Set<String> sentences = new HashSet<>();
    for (JsonNode mention : mentions) {
      sentences.add(mention.get("article").get("id").asText() + "@" + mention.get("sentenceStart").asInt());
      assertThat(mention.get("type").asText()).isEqualTo(event.get("type").asText());
      assertThat(mention.get("negated").asBoolean()).isEqualTo(event.get("negated").asBoolean());
      assertThat(mention.get("sentence").asText()).contains(mention.get("trigger").asText());
      articles.add(mention.get("article").get("id").asText());
    }
    assertThat(articles).contains(TestStores.FARM_COPY, TestStores.COPIED_SEED);
    // Mentions count sentences: a sentence saying it both ways ("Moscow and Washington collaborate") is one.
    assertThat(sentences).hasSize(event.get("mentions").asInt());
    assertThat(new HashSet<>(articles)).hasSize(event.get("articles").asInt());
  }

  @Test
  void timeline_events_firstClassBesideTheDatedStatementsAndNarrowedByType() {
    JsonNode all = running.json("/api/v1/timeline?limit=500");
    JsonNode assaults = running.json("/api/v1/timeline?type=ASSAULT&limit=500");

    assertThat(all.get("entries").size()).isPositive();
    assertThat(all.get("events").size()).isEqualTo(running.json("/api/v1/events?limit=500").get("events").size());
    assertThat(assaults.get("events").size()).isPositive().isLessThan(all.get("events").size());
    assaults.get("events").forEach(event -> assertThat(event.get("type").asText()).isEqualTo("ASSAULT"));
    assertThat(assaults.get("entries").size()).isEqualTo(all.get("entries").size());
  }

  @Test
  void entityProfileAndArticle_events_theEntitysLatestAndTheArticlesWithInstanceCounts() {
    JsonNode profile = running.json("/api/v1/entities/person:mike-pompeo");
    JsonNode article = running.json("/api/v1/articles/" + TestStores.FARM_COPY);

    assertThat(profile.get("events").size()).isPositive();
    for (JsonNode event : profile.get("events")) {
      assertThat(List.of(event.get("source").path("entity").asText(), event.get("target").path("entity").asText())).contains("person:mike-pompeo");
    }
    JsonNode events = article.get("events");
    assertThat(events.size()).isPositive();
    boolean shared = false;
    for (JsonNode event : events) {
      assertThat(event.get("mentions").asInt()).isPositive();
      shared |= event.get("articles").asInt() >= 2;
    }
    assertThat(shared).as("the copy reports some of the seed's events").isTrue();
  }

  @Test
  void eventPage_sharedInstance_everyReportLinkedToItsSentenceInItsArticle() {
    JsonNode shared = sharedInstance();
    String id = shared.get("id").asText();

    HttpResponse<String> page = running.get(Urls.event(id));

    assertThat(page.statusCode()).isEqualTo(200);
    String html = page.body();
    assertThat(html).contains(shared.get("type").asText()).contains(shared.get("mentions").asInt() + " mentions in " + shared.get("articles").asInt() + " articles");
    assertThat(html).contains("/articles/" + TestStores.FARM_COPY + "?span=").contains("/articles/" + TestStores.COPIED_SEED + "?span=");
    assertThat(html).contains("<mark>").contains("/api/v1/events/" + Urls.eventPath(id));
    assertThat(running.get("/events/consult/nobody/-/1900-01-01").statusCode()).isEqualTo(404);
  }

  @Test
  void articlePage_events_sectionWithTypesActorsAndTriggersMarkedInTheText() {
    String html = running.get("/articles/" + TestStores.COPIED_SEED).body();

    assertThat(html).contains("id=\"events\"").contains("class=\"event-type ");
    assertThat(html).contains("<span id=\"event-1\" class=\"event-trigger\"").contains("href=\"#event-1\"");
    assertThat(html).contains("href=\"/entities/person%3Amike-pompeo\"").contains("according to ");
    assertThat(html).contains("href=\"/events/");
  }

  @Test
  void timelinePage_entityAndType_eventsFirstThenDatedStatements() {
    String html = running.get("/timeline?entity=person:mike-pompeo&type=CONSULT").body();

    assertThat(html).contains("CONSULT events").contains("<option value=\"CONSULT\" selected>");
    assertThat(html.indexOf("id=\"events\"")).isLessThan(html.indexOf("id=\"dated\""));
    assertThat(html).contains("class=\"entry event\"").contains("class=\"reports\"");
    assertThat(html).doesNotContain("class=\"event-type assault\"");
    assertThat(running.get("/timeline?type=HUG").statusCode()).isEqualTo(400);
  }

  @Test
  void dossier_events_byTypeMostReportedAndAnEventsTimeline() {
    String html = running.get("/entities/person:mike-pompeo").body();

    assertThat(html).contains("id=\"events\"").contains("Most reported").contains("/timeline?entity=person%3Amike-pompeo&amp;type=CONSULT");
    assertThat(html.indexOf("id=\"timeline\"")).isGreaterThan(html.indexOf("id=\"events\""));
    assertThat(html).contains("Dated statements").contains("class=\"timeline events\"");
  }
}
