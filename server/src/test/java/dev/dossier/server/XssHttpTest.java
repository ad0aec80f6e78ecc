package dev.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.server.html.Urls;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page that shows an untrusted string, fetched over HTTP with XSS vectors in the titles,
 * bodies, sources, URLs and entity names, parsed as a browser would (jsoup implements the HTML5
 * parsing algorithm): no vector may become an element, an attribute or a URL; each must come back
 * as the text it was.
 */
class XssHttpTest {

  /** The only scripts a page may load. */
  private static final Set<String> SCRIPTS = Set.of("/static/dossier.js", "/static/graph.js");

  @TempDir static Path dir;
  static RunningServer running;

  @BeforeAll
  static void start() {
    TestStores.seedsAndVectors(dir);
    running = RunningServer.on(dir);
    TestStores.curateWithVectors(running.engine);
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  /**
   * The pages that show the vectors: each article and dossier, and every listing they reach. The
   * vectors are also quotes' speakers, cues, addressees and words, sanctions entries and evidence,
   * story titles, events' actors, places, modes, attributions and sentences, and the names, authors and reasons of corrections ({@link TestStores#curateWithVectors}).
   */
  static List<String> pages() {
    List<String> pages = new ArrayList<>(List.of(
        "/", "/search?q=Officials", "/search?q=Officials&limit=50", "/entities?q=xss", "/entities?limit=100", "/stats",
        "/graph", "/graph?entity=person%3Avladimir-putin", "/timeline", "/timeline?entity=person%3Avladimir-putin",
        "/entities/person%3Avladimir-putin", "/ingest", "/quotes", "/quotes?q=Putin&limit=100", "/sanctions", "/stories", "/stories?limit=100",
        "/curations", "/timeline?type=CONSULT&limit=100", "/timeline?entity=location%3Amoscow"));
    // Every story the vector articles and the seeds make (fewer than this; the others answer 404).
    for (int story = 1; story <= XssVectors.ALL.size() + 4; story++) {
      pages.add(Urls.story("story:" + story));
    }
    for (int i = 0; i < XssVectors.ALL.size(); i++) {
      String vector = XssVectors.ALL.get(i);
      pages.add(Urls.article("xss-" + i + "-" + vector));
      pages.add(Urls.entity("person:xss-" + i));
      pages.add(Urls.withQuery("/search", "q", vector));
      pages.add(Urls.withQuery("/search", "q", "Officials", "source", vector));
      pages.add(Urls.withQuery("/search", "entity", "person:xss-" + i));
      pages.add(Urls.withQuery("/timeline", "entity", "person:xss-" + i));
      pages.add(Urls.event(TestStores.VECTOR_EVENT_PREFIX + "person:xss-" + i));
      pages.add(Urls.event(vector));
      pages.add(Urls.withQuery("/timeline", "entity", vector, "type", vector));
      pages.add(Urls.withQuery("/entities", "q", vector));
      pages.add(Urls.entity(vector));
      pages.add(Urls.article(vector));
      pages.add(Urls.withQuery(Urls.article("xss-" + i + "-" + vector), "span", "0-" + vector.length()));
      pages.add(Urls.withQuery("/quotes", "speaker", vector));
      pages.add(Urls.withQuery("/quotes", "q", vector));
      pages.add(Urls.withQuery("/stories", "from", vector));
      pages.add(Urls.story(vector));
    }
    return pages;
  }

  @Test
  void everyPage_vectorsInTitlesBodiesAndNames_noMarkupNoHandlersNoScriptUrls() {
    List<String> pages = pages();
    for (String page : pages) {
      HttpResponse<String> response = running.get(page);
      assertThat(response.statusCode()).as(page).isIn(200, 302, 400, 404);
      if (response.statusCode() == 302) {
        assertThat(response.headers().firstValue("Location").orElseThrow()).as(page).startsWith("/entities/").doesNotContain("<", "\"", "'");
        continue;
      }
      assertThat(response.headers().firstValue("Content-Type").orElse("")).as(page).startsWith("text/html");
      assertInert(page, Jsoup.parse(response.body()));
    }
  }

  @Test
  void articlePage_vectorTitleAndBody_comeBackAsText() {
    for (int i = 0; i < XssVectors.ALL.size(); i++) {
      String vector = XssVectors.ALL.get(i);
      Document page = Jsoup.parse(running.get(Urls.article("xss-" + i + "-" + vector)).body());

      assertThat(page.selectFirst("h1").text()).as(vector).isEqualTo(normalised(vector));
      assertThat(page.title()).as(vector).isEqualTo(normalised(vector) + " · Dossier");
      assertThat(page.select("a.mention.t-person").eachText()).as(vector).contains(normalised(vector));
      assertThat(page.select("details.removed p").text()).as(vector).contains(normalised(vector));
    }
  }

  @Test
  void eventPages_vectorActorsPlacesAndAttributions_comeBackAsText() {
    for (int i = 7; i < XssVectors.ALL.size(); i++) {
      String vector = XssVectors.ALL.get(i);
      Document event = Jsoup.parse(running.get(Urls.event(TestStores.VECTOR_EVENT_PREFIX + "person:xss-" + i)).body());
      Document article = Jsoup.parse(running.get(Urls.article("xss-" + i + "-" + vector)).body());

      assertThat(event.select("h1 .actor").eachText()).as(vector).contains(normalised(vector), "Putin");
      assertThat(event.select(".facts dd").eachText()).as(vector).contains(normalised(vector));
      assertThat(event.select(".mention-list .meta .actor").eachText()).as(vector).contains(normalised(vector));
      assertThat(event.select(".evidence-sentence").text()).as(vector).contains(normalised(vector));
      assertThat(article.select("#events .actor").eachText()).as(vector).contains(normalised(vector));
      assertThat(article.select("span.event-trigger").attr("title")).as(vector).contains(vector);
    }
  }

  @Test
  void entityPage_vectorName_headingIsTheText() {
    for (int i = 0; i < XssVectors.ALL.size(); i++) {
      if (i == 6) {
        continue; // merged into person:xss-5 by curateWithVectors
      }
      Document page = Jsoup.parse(running.get(Urls.entity("person:xss-" + i)).body());
      // The first five were renamed to their vector and a suffix.
      String name = XssVectors.ALL.get(i) + (i < 5 ? " (renamed)" : "");

      assertThat(page.selectFirst("h1").ownText()).isEqualTo(normalised(name));
    }
  }

  @Test
  void quotesAndSanctions_vectorSpeakersEntriesAndEvidence_comeBackAsText() {
    Document quotes = Jsoup.parse(running.get("/quotes?q=Putin&limit=100").body());
    Document sanctions = Jsoup.parse(running.get("/sanctions").body());
    Document log = Jsoup.parse(running.get("/curations").body());

    for (String vector : XssVectors.ALL.subList(7, XssVectors.ALL.size())) {
      assertThat(quotes.select(".quote-item .who a").eachText()).as(vector).contains(normalised(vector));
      assertThat(quotes.select(".quote-item .addressee").eachText()).as(vector).contains(normalised(vector));
      assertThat(sanctions.select("table.sanctions td").eachText()).as(vector).anyMatch(cell -> cell.startsWith(normalised(vector) + " #"));
    }
    assertThat(log.select(".curation-log q").eachText()).contains(normalised(XssVectors.ALL.get(0)), normalised(XssVectors.ALL.get(6)));
    Document stories = Jsoup.parse(running.get("/stories?limit=100").body());
    assertThat(stories.select("table.stories td:nth-child(2) a").eachText()).containsAnyElementsOf(XssVectors.ALL.stream().map(XssHttpTest::normalised).toList());
  }

  @Test
  void articlePage_scriptUrl_neverLinked() {
    for (int i = 0; i < XssVectors.ALL.size(); i++) {
      Document page = Jsoup.parse(running.get(Urls.article("xss-" + i + "-" + XssVectors.ALL.get(i))).body());

      assertThat(page.select("a:contains(original)")).as(XssVectors.ALL.get(i)).isEmpty();
    }
  }

  /** What a browser shows for the string as text: runs of whitespace are one space, trimmed. */
  static String normalised(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  static void assertInert(String page, Document document) {
    for (Element element : document.getAllElements()) {
      String tag = element.normalName();
      assertThat(tag).as(page).isNotIn("iframe", "object", "embed", "style", "base", "frame", "math", "textarea", "img");
      if (tag.equals("script")) {
        String src = element.attr("src");
        assertThat(src.startsWith("/webjars/") || SCRIPTS.contains(src)).as(page + ": script " + element).isTrue();
        assertThat(element.data()).as(page).isEmpty();
      }
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(java.util.Locale.ROOT);
        assertThat(name).as(page + ": " + element.tagName()).doesNotStartWith("on");
        assertThat(name).as(page).isNotIn("style", "srcdoc", "formaction", "autofocus-hijack");
        if (name.equals("href") || name.equals("src") || name.equals("action") || name.startsWith("hx-")) {
          String value = attribute.getValue().strip().toLowerCase(java.util.Locale.ROOT);
          assertThat(value).as(page + ": " + name).doesNotStartWith("javascript:").doesNotStartWith("data:").doesNotStartWith("vbscript:");
        }
        if (name.startsWith("hx-") && !name.equals("hx-push-url")) {
          // htmx attributes come only from the server's own pages, never with data in the verb's URL host.
          assertThat(attribute.getValue()).as(page + ": " + name).doesNotContain("alert");
        }
      }
    }
  }
}
