package dev.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web app's pages over HTTP on the seed articles. */
class PagesTest {

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

  private static Document page(String path) {
    HttpResponse<String> response = running.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(response.body());
  }

  @Test
  void pages_entityGivenByName_redirectToItsId() {
    assertThat(running.get("/entities/Pompeo").headers().firstValue("Location")).hasValue("/entities/person%3Amike-pompeo");
    assertThat(running.get("/graph?entity=Pompeo").headers().firstValue("Location")).hasValue("/graph?entity=person%3Amike-pompeo");
    assertThat(running.get("/timeline?entity=pompeo&from=2018-01-01").headers().firstValue("Location"))
        .hasValue("/timeline?entity=person%3Amike-pompeo&from=2018-01-01");
    assertThat(running.get("/graph?entity=nobody-at-all").statusCode()).isEqualTo(404);
  }

  @Test
  void search_htmxRequest_answersTheResultsFragmentOnly() {
    HttpResponse<String> response = running.send(HttpRequest.newBuilder(running.uri("/search?q=spy")).header("HX-Request", "true").GET().build());

    assertThat(response.body()).startsWith("<div id=\"search-body\"").doesNotContain("<html");
    assertThat(response.headers().firstValue("Vary")).hasValue("HX-Request");
  }

  @Test
  void search_facetLinks_addTheirFilterToTheCurrentQuery() {
    Document search = page("/search?q=spy");

    assertThat(search.select(".facets a.chip[href*=entity=person%3Adonald-trump]").attr("href")).startsWith("/search?q=spy&entity=person%3Adonald-trump");
    assertThat(search.select("svg.histogram a").eachAttr("href")).contains("/search?q=spy&from=2018-02-01&to=2018-02-28");
  }

  @Test
  void article_mentionsLinkedAndColouredRemovalsCollapsedInPlace() {
    Document article = page("/articles/004_b12aa63abad0d3a9");

    assertThat(article.select("a.mention.t-person[href=/entities/person%3Amike-pompeo]").eachText()).contains("Mike Pompeo", "Pompeo");
    assertThat(article.select("a.mention.t-location").eachText()).contains("Russia");
    assertThat(article.select(".article-text details.removed summary").eachText()).allMatch(text -> text.equals("Removed: link-spam"));
    assertThat(article.select(".article-text details.removed[open]")).isEmpty();
    assertThat(article.select("time.date[datetime=2018-01-30]").text()).isEqualTo("Tuesday");
  }

  @Test
  void entity_dossierSections() {
    Document dossier = page("/entities/person%3Amike-pompeo");

    assertThat(dossier.select("h1").text()).startsWith("Mike Pompeo");
    assertThat(dossier.select(".dossier section h2").eachText()).containsExactly("Known as", "Mentioned with", "Timeline", "Articles", "Names", "Correct");
    assertThat(dossier.select("#graph").attr("data-graph")).isEqualTo("/api/v1/entities/person%3Amike-pompeo/graph?limit=15");
  }

  @Test
  void unknownPage_404HtmlWithCode() {
    HttpResponse<String> response = running.get("/no-such-page");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(Jsoup.parse(response.body()).select("p.error code").text()).isEqualTo("E402");
  }
}
