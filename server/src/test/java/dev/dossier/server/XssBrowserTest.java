package dev.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import dev.dossier.server.html.Urls;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every XSS vector, in titles, bodies, sources, URLs and entity names, is inert in a real browser:
 * on every page that shows one, no dialog opens, no script error or console error occurs (a
 * script the Content-Security-Policy refused would report one, so escaping is tested, not only
 * the policy), the DOM holds no inline script, no event-handler attribute and no script URL, and
 * the vector is on the page as text. The graph pages draw vector names with cytoscape, and
 * expanding a node writes them into the page by script.
 */
class XssBrowserTest {

  @TempDir static Path dir;
  static RunningServer running;
  static Browser browser;

  /** True if any element has an on* attribute, an inline script or a script-scheme URL. */
  private static final String INJECTED =
      """
      () => [...document.querySelectorAll('*')].some(e =>
        [...e.attributes].some(a => a.name.toLowerCase().startsWith('on')
          || (['href', 'src', 'action', 'formaction', 'data'].includes(a.name.toLowerCase()) && /^\\s*(javascript|data|vbscript):/i.test(a.value)))
        || (e.tagName === 'SCRIPT' && !e.src)
        || ['IFRAME', 'OBJECT', 'EMBED', 'BASE'].includes(e.tagName))
      """;

  @BeforeAll
  static void start() {
    Assumptions.assumeTrue(Browser.available(), Browser.skipMessage());
    TestStores.seedsAndVectors(dir);
    running = RunningServer.on(dir);
    TestStores.curateWithVectors(running.engine);
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

  @Test
  void everyPageShowingVectors_inertInTheBrowser() {
    try (BrowserContext context = browser.context(1280, 900)) {
      Page page = context.newPage();
      PageWatch watch = new PageWatch(page);
      List<String> pages = XssHttpTest.pages();
      for (String path : pages) {
        page.navigate(running.uri(path).toString());
        page.waitForLoadState(LoadState.LOAD);
        if (path.startsWith("/graph") || path.startsWith("/entities/person%3Avladimir-putin") || path.startsWith("/entities/person%3Axss")) {
          page.waitForFunction("() => { const g = document.getElementById('graph'); return !g || g.getAttribute('data-ready') !== null; }");
        }
        assertThat((Boolean) page.evaluate(INJECTED)).as(path).isFalse();
      }
      assertThat(watch.problems).isEmpty();
    }
  }

  @Test
  void articlePage_vectors_visibleAsText() {
    try (BrowserContext context = browser.context(1280, 900)) {
      Page page = context.newPage();
      PageWatch watch = new PageWatch(page);
      for (int i = 0; i < XssVectors.ALL.size(); i++) {
        String vector = XssVectors.ALL.get(i);
        page.navigate(running.uri(Urls.article("xss-" + i + "-" + vector)).toString());

        assertThat(page.locator("h1").textContent()).isEqualTo(vector);
        assertThat(page.title()).isEqualTo(vector + " · Dossier");
        page.locator("details.removed summary").first().click();
        assertThat(page.locator("details.removed p").first().textContent()).contains(vector);
      }
      assertThat(watch.problems).isEmpty();
    }
  }

  @Test
  void graphExpand_vectorNames_writtenAsText() {
    try (BrowserContext context = browser.context(1280, 900)) {
      Page page = context.newPage();
      PageWatch watch = new PageWatch(page);
      page.navigate(running.uri("/graph?entity=location%3Amoscow").toString());
      page.waitForSelector("#graph[data-ready='true']");

      page.locator("#node-list li[data-node='person:vladimir-putin'] button.expand").click();
      page.waitForSelector("#selection h2");
      for (int i = 0; i < 5; i++) {
        page.locator("#node-list li[data-node='person:xss-" + i + "'] button.expand").click();
        page.waitForFunction("id => document.querySelector('#selection h2') && document.getElementById('graph').getAttribute('data-nodes') > 0", "x");
      }

      assertThat((Boolean) page.evaluate(INJECTED)).isFalse();
      assertThat(page.locator("#node-list").textContent()).contains(XssVectors.ALL.get(0));
      assertThat(watch.problems).isEmpty();
    }
  }

  @Test
  void searchBox_vectorTyped_staysText() {
    try (BrowserContext context = browser.context(1280, 900)) {
      Page page = context.newPage();
      PageWatch watch = new PageWatch(page);
      page.navigate(running.uri("/search").toString());

      for (String vector : XssVectors.ALL) {
        page.locator("#search-q").fill(vector);
        page.locator("#search-q").press("Enter");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat((Boolean) page.evaluate(INJECTED)).as(vector).isFalse();
      }
      assertThat(watch.problems).isEmpty();
    }
  }
}
