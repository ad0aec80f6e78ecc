package dev.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An analyst's path through the web app in a real browser, on the seed articles and a farm copy
 * of one analysed by the real pipeline: search, open an article, follow a mention to its dossier,
 * explore the graph, read the timeline, narrow its events to one type and open an event with all its
 * reports; then find who said what, who is on the sanctions list,
 * which stories were copied from whom, and correct an entity. Each page is saved as a screenshot
 * (to docs/screenshots with {@code -Ddossier.screenshots.update=true}, otherwise under
 * target/screenshots), and no page may raise a dialog, a script error or a console error (a
 * refused inline script would be one).
 */
class BrowserTourTest {

  @TempDir static Path dir;
  static RunningServer running;
  static Browser browser;

  @BeforeAll
  static void start() {
    Assumptions.assumeTrue(Browser.available(), Browser.skipMessage());
    TestStores.pipeline(dir);
    running = RunningServer.on(dir);
    browser = Browser.launch();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (running != null) {
      running.close();
    }
  }

  static Path screenshots() {
    if (Boolean.getBoolean("dossier.screenshots.update")) {
      return Path.of(System.getProperty("dossier.screenshots.docs"));
    }
    return Path.of("target", "screenshots");
  }

  private static void shoot(Page page, String name) throws Exception {
    Files.createDirectories(screenshots());
    page.screenshot(new Page.ScreenshotOptions().setPath(screenshots().resolve(name + ".png")).setFullPage(false));
  }

  @Test
  void tour_searchArticleEntityGraphTimeline_pagesWorkAndNothingMisbehaves() throws Exception {
    try (BrowserContext context = browser.context(1366, 900)) {
      Page page = context.newPage();
      PageWatch watch = new PageWatch(page);

      page.navigate(running.uri("/").toString());
      page.keyboard().press("/");
      assertThat(page.evaluate("document.activeElement.id")).isEqualTo("q");
      page.keyboard().type("Russia");
      page.keyboard().press("Enter");
      page.waitForURL("**/search?q=Russia");
      page.locator(".hit").first().waitFor();
      assertThat(page.locator(".hit mark").count()).isPositive();
      assertThat(page.locator(".facets .chip").count()).isPositive();
      assertThat(page.locator("svg.histogram rect").count()).isPositive();
      shoot(page, "search");

      page.locator(".hit h2 a[href='/articles/" + TestStores.COPIED_SEED + "']").click();
      page.waitForURL("**/articles/**");
      page.locator("a.mention").first().waitFor();
      assertThat(page.locator(".article-text span.quote").count()).isPositive();
      assertThat(page.locator("#quotes .quote-item").count()).isPositive();
      assertThat(page.locator("a.mention.t-person").count()).isPositive();
      assertThat(page.locator("a.mention.t-location").count()).isPositive();
      assertThat(page.locator("details.removed").count()).isPositive();
      assertThat(page.locator("details.removed[open]").count()).isZero();
      assertThat(page.locator("#events .event").count()).isPositive();
      assertThat(page.locator(".article-text span.event-trigger").count()).isPositive();
      shoot(page, "article");
      // An event's "in the text" link, followed from the keyboard, lands on its trigger.
      page.locator("#events .event .meta a[href^='#event-']").first().focus();
      page.keyboard().press("Enter");
      page.waitForURL("**#event-*");
      assertThat(page.evaluate("document.querySelector(location.hash).classList.contains('event-trigger')")).isEqualTo(true);

      String entityName = page.locator("a.mention.t-person").first().textContent();
      page.locator("a.mention.t-person").first().click();
      page.waitForURL("**/entities/**");
      page.waitForSelector("#graph[data-ready='true']");
      assertThat(page.locator("h1").textContent()).isNotBlank();
      assertThat(page.locator("#timeline").count()).isEqualTo(1);
      shoot(page, "entity");
      page.locator("#events").scrollIntoViewIfNeeded();
      assertThat(page.locator("#events .event-types a").count()).isPositive();
      shoot(page, "entity-events");
      String timelineUrl = page.locator("#timeline a[href^='/timeline']").getAttribute("href");
      assertThat(entityName).isNotBlank();

      page.locator("a[href^='/graph?entity=']").click();
      page.waitForURL("**/graph?entity=**");
      page.waitForSelector("#graph[data-ready='true']");
      int before = Integer.parseInt(page.locator("#graph").getAttribute("data-nodes"));
      page.locator("#node-list button.expand").nth(1).click();
      page.waitForFunction("n => Number(document.getElementById('graph').getAttribute('data-nodes')) >= n", before);
      assertThat(page.locator("#selection h2").textContent()).isNotBlank();
      page.locator("[data-type-toggle][value='LOCATION']").uncheck();
      assertThat(page.locator("#node-list li[data-node^='location:'][hidden]").count()).isPositive();
      page.locator("[data-type-toggle][value='LOCATION']").check();
      shoot(page, "graph");

      page.navigate(running.uri(timelineUrl).toString());
      page.waitForLoadState(LoadState.DOMCONTENTLOADED);
      assertThat(page.locator(".timeline .entry").count()).isPositive();
      assertThat(page.locator(".timeline .entry mark").count()).isPositive();

      // Everyone's events, then narrowed to one type with the filter form.
      page.locator("a:text-is(\"Everyone's\")").click();
      page.waitForURL("**/timeline");
      assertThat(page.locator(".timeline.events .entry.event").count()).isPositive();
      assertThat(page.locator(".timeline.events .evidence-sentence mark").count()).isPositive();
      shoot(page, "timeline");
      page.selectOption("#tl-type", "ASSAULT");
      page.locator("form.filters button").press("Enter");
      // The form sends its empty fields too: /timeline?entity=&type=ASSAULT&from=&to=
      page.waitForURL(Pattern.compile(".*/timeline\\?.*\\btype=ASSAULT\\b.*"));
      assertThat(page.locator(".timeline.events .event-type").allTextContents()).isNotEmpty().allMatch("ASSAULT"::equals);
      page.goBack();
      page.waitForURL(Pattern.compile(".*/timeline$"));

      // An event reported by more than one article: its page lists every report, each linked to its sentence.
      page.locator(".timeline.events a.reports").filter(new Locator.FilterOptions().setHasNotText(Pattern.compile(" in 1 article$"))).first().click();
      page.waitForURL("**/events/**");
      assertThat(page.locator(".mention-list > li").count()).isGreaterThan(1);
      assertThat(page.locator(".mention-list .evidence-sentence mark").count()).isPositive();
      shoot(page, "event");
      page.locator(".mention-list .meta a[href^='/articles/']").first().click();
      page.waitForURL("**/articles/**");
      assertThat(page.locator("mark#passage").count()).isEqualTo(1);

      assertThat(watch.problems).isEmpty();
    }
  }

  @Test
  void tour_quotesSanctionsStoriesReuseAndACorrection_pagesWorkAndNothingMisbehaves() throws Exception {
    try (BrowserContext context = browser.context(1366, 900)) {
      Page page = context.newPage();
      PageWatch watch = new PageWatch(page);

      page.navigate(running.uri("/").toString());
      page.locator("header.top nav a:text-is('Quotes')").click();
      page.waitForURL("**/quotes");
      page.locator("#quotes-speaker").fill("Pompeo");
      page.locator("#quotes-q").fill("BBC");
      page.locator("form.filters button[type=submit]").click();
      page.waitForURL("**/quotes?speaker=Pompeo&q=BBC**");
      page.navigate(running.uri("/quotes?speaker=Pompeo").toString());
      page.locator(".quote-item").first().waitFor();
      assertThat(page.locator(".quote-item .who a").first().textContent()).isEqualTo("Mike Pompeo");
      shoot(page, "quotes");
      page.locator(".quote-item .meta a").first().click();
      page.waitForURL("**/articles/**?span=**#passage");
      assertThat(page.locator("mark#passage").count()).isEqualTo(1);
      assertThat((Boolean) page.evaluate("(() => { const r = document.getElementById('passage').getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; })()"))
          .isTrue();

      page.locator("header.top nav a:text-is('Sanctions')").click();
      page.waitForURL("**/sanctions");
      assertThat(page.locator("table.sanctions tbody tr").count()).isGreaterThanOrEqualTo(4);
      shoot(page, "sanctions");
      page.locator("table.sanctions a[href='/entities/person%3Asergey-naryshkin#sanctions']").click();
      page.waitForURL("**/entities/person%3Asergey-naryshkin#sanctions");
      page.waitForSelector("#graph[data-ready='true']");
      page.evaluate("window.scrollTo(0, 0)");
      assertThat(page.locator("#sanctions .evidence li").count()).isEqualTo(2);
      assertThat(page.locator("#said-about .quote-item").count()).isPositive();
      shoot(page, "entity-sanctions");

      page.locator("header.top nav a:text-is('Stories')").click();
      page.waitForURL("**/stories");
      page.locator("table.stories tbody tr").first().locator("td a").first().click();
      page.waitForURL("**/stories/story%3A*");
      assertThat(page.locator(".story-members .member").count()).isEqualTo(2);
      assertThat(page.locator(".story-members .member.first .badge").textContent()).isEqualTo("first publisher");
      shoot(page, "story");
      page.locator(".story-members .member-title[href='/articles/" + TestStores.FARM_COPY + "']").click();
      page.waitForURL("**/articles/" + TestStores.FARM_COPY);
      assertThat(page.locator(".article-text span.reuse.copied").count()).isGreaterThan(10);
      assertThat(page.locator(".article-text span.spin").count()).isPositive();
      shoot(page, "article-reuse");
      page.locator(".article-text a.reuse-ref").first().click();
      page.waitForURL("**/articles/" + TestStores.COPIED_SEED + "?span=**#passage");
      assertThat(page.locator("mark#passage").textContent()).isNotBlank();

      page.navigate(running.uri("/entities/organization%3Aforbes").toString());
      page.locator("#correct-rename summary").click();
      page.locator("#rename-name").fill("Forbes magazine");
      page.locator("#rename-who").fill("Browser tour");
      page.locator("#rename-why").fill("the magazine, not the family");
      page.locator("#rename-token").fill(running.server.token().value());
      page.locator("#correct-rename button[type=submit]").click();
      page.waitForURL("**/entities/organization%3Aforbes");
      assertThat(page.locator("h1").textContent()).startsWith("Forbes magazine");
      assertThat(page.locator("#correct .curation-log").textContent()).contains("the magazine, not the family");

      assertThat(watch.problems).isEmpty();
    }
  }

  @Test
  void tabletWidth_everyKindOfPage_oneColumnNoHorizontalScroll() throws Exception {
    try (BrowserContext context = browser.context(820, 1180)) {
      Page page = context.newPage();
      PageWatch watch = new PageWatch(page);

      page.navigate(running.uri("/search?q=spy").toString());
      page.locator(".hit").first().waitFor();
      assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
      shoot(page, "search-tablet");
      page.locator(".hit h2 a").first().click();
      page.locator("a.mention").first().waitFor();
      assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
      // In one column an article's events read across the width.
      page.navigate(running.uri("/articles/" + TestStores.COPIED_SEED + "#events").toString());
      page.waitForLoadState(LoadState.LOAD);
      assertThat(page.locator("#events .event").count()).isPositive();
      shoot(page, "article-events");
      page.navigate(running.uri("/timeline").toString());
      String event = page.locator("a.reports").first().getAttribute("href");
      for (String path : List.of("/articles/" + TestStores.FARM_COPY, "/entities/person%3Asergey-naryshkin", "/quotes", "/sanctions", "/stories",
          "/curations", "/timeline", "/timeline?entity=person%3Amike-pompeo", "/entities/person%3Amike-pompeo", event)) {
        page.navigate(running.uri(path).toString());
        page.waitForLoadState(LoadState.LOAD);
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as(path).isTrue();
      }

      assertThat(watch.problems).isEmpty();
    }
  }

  @Test
  void search_typing_htmxSwapsResultsAndUpdatesTheUrl() {
    try (BrowserContext context = browser.context(1366, 900)) {
      Page page = context.newPage();
      PageWatch watch = new PageWatch(page);
      page.navigate(running.uri("/search").toString());
      page.locator(".hit").first().waitFor();

      page.locator("#search-q").pressSequentially("Skripal");
      page.waitForURL("**/search?q=Skripal");
      page.waitForFunction("() => document.querySelector('.total').textContent.startsWith('1 ')");

      assertThat(page.locator(".hit mark").first().textContent()).isEqualTo("Skripal");
      assertThat(watch.problems).isEmpty();
    }
  }

  @Test
  void ingestForm_uploadInTheBrowser_progressPollsUntilDone() throws Exception {
    Path file = dir.resolveSibling(dir.getFileName() + "-upload").resolve("lavrov.jsonl");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\"id\": \"browser-upload\", \"title\": \"Lavrov meets Tillerson in Moscow\", \"published\": \"2017-04-12\","
        + " \"text\": \"Russian Foreign Minister Sergey Lavrov met U.S. Secretary of State Rex Tillerson in Moscow on Wednesday.\"}\n");
    try (BrowserContext context = browser.context(1366, 900)) {
      Page page = context.newPage();
      PageWatch watch = new PageWatch(page);
      page.navigate(running.uri("/ingest").toString());

      page.locator("#upload-file").setInputFiles(file);
      page.locator("#upload-source").fill("Browser upload");
      page.locator("#upload-token").fill(running.server.token().value());
      page.locator("form.upload button[type=submit]").click();
      page.waitForURL("**/jobs/*");
      page.locator("#job .state.done").waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(120_000));
      shoot(page, "ingest-job");

      assertThat(page.locator("#job .report").textContent()).contains("1 new");
      assertThat(watch.problems).isEmpty();
    }
  }

  @Test
  void keyboard_tabFromTop_reachesSkipLinkThenNavigation() {
    try (BrowserContext context = browser.context(1366, 900)) {
      Page page = context.newPage();
      page.navigate(running.uri("/entities").toString());

      page.keyboard().press("Tab");
      assertThat(page.evaluate("document.activeElement.textContent")).isEqualTo("Skip to content");
      page.keyboard().press("Enter");
      page.keyboard().press("Tab");
      assertThat((Boolean) page.evaluate("document.getElementById('main').contains(document.activeElement)")).isTrue();
    }
  }
}
