package dev.dossier.server.web;

import dev.dossier.server.html.Html;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The frame of every page: head (styles, htmx, the page script; nothing inline), a header with the
 * navigation and the search box, the main content, a footer.
 *
 * <p>htmx is configured through its {@code htmx-config} meta tag to evaluate nothing: no
 * {@code hx-on}, no {@code js:} expressions, no scripts in swapped content, no inline indicator
 * styles, which the Content-Security-Policy would refuse anyway.
 */
final class Layout {

  static final String HTMX = "/webjars/htmx.org/" + Assets.HTMX_VERSION + "/dist/htmx.min.js";
  static final String CYTOSCAPE = "/webjars/cytoscape/" + Assets.CYTOSCAPE_VERSION + "/dist/cytoscape.min.js";

  private static final String HTMX_CONFIG =
      "{\"allowEval\":false,\"allowScriptTags\":false,\"includeIndicatorStyles\":false,\"selfRequestsOnly\":true,\"historyCacheSize\":0}";

  /** The sections of the navigation, for marking the current one. */
  enum Nav {
    SEARCH("Search", "/search"),
    ENTITIES("Entities", "/entities"),
    QUOTES("Quotes", "/quotes"),
    SANCTIONS("Sanctions", "/sanctions"),
    STORIES("Stories", "/stories"),
    GRAPH("Graph", "/graph"),
    TIMELINE("Timeline", "/timeline"),
    INGEST("Ingest", "/ingest"),
    STATS("Stats", "/stats"),
    NONE("", "/");

    final String label;
    final String path;

    Nav(String label, String path) {
      this.label = label;
      this.path = path;
    }
  }

  private Layout() {}

  /**
   * A whole page.
   *
   * @param title the page title, before " · Dossier"; untrusted text is fine, it is escaped
   * @param query what the header's search box shows
   * @param scripts extra scripts of this server, such as cytoscape for the graph
   */
  static String page(String title, Nav current, String query, Consumer<Html> main, String... scripts) {
    Html html = Html.document();
    html.open("html", "lang", "en");
    html.open("head");
    html.empty("meta", "charset", "utf-8");
    html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    html.empty("meta", "name", "htmx-config", "content", HTMX_CONFIG);
    html.element("title", title.isEmpty() ? "Dossier" : title + " · Dossier");
    html.empty("link", "rel", "icon", "href", "/static/favicon.svg", "type", "image/svg+xml");
    html.empty("link", "rel", "stylesheet", "href", "/static/dossier.css");
    if (Arrays.asList(scripts).contains(CYTOSCAPE)) {
      // Cytoscape adds an inline <style> (which the policy refuses) unless an element with this id
      // exists; this stylesheet holds the one rule it would have added.
      html.empty("link", "rel", "stylesheet", "href", "/static/cytoscape-container.css", "id", "__________cytoscape_stylesheet");
    }
    html.open("script", "src", HTMX, "defer", "").close("script");
    for (String script : scripts) {
      html.open("script", "src", script, "defer", "").close("script");
    }
    html.open("script", "src", "/static/dossier.js", "defer", "").close("script");
    html.close("head");
    html.open("body");
    html.element("a", "Skip to content", "class", "skip", "href", "#main");
    header(html, current, query);
    html.open("main", "id", "main", "tabindex", "-1");
    main.accept(html);
    html.close("main");
    html.open("footer");
    html.text("Dossier · ");
    html.element("a", "REST API", "href", "/api/v1/openapi.json");
    html.text(" · press ");
    html.element("kbd", "/");
    html.text(" to search");
    html.close("footer");
    html.close("body");
    html.close("html");
    return html.render();
  }

  private static void header(Html html, Nav current, String query) {
    html.open("header", "class", "top");
    html.element("a", "Dossier", "class", "brand", "href", "/");
    html.open("nav", "aria-label", "Main");
    html.open("ul");
    for (Nav nav : Nav.values()) {
      if (nav == Nav.NONE) {
        continue;
      }
      html.open("li");
      html.element("a", nav.label, "href", nav.path, "aria-current", nav == current ? "page" : null);
      html.close("li");
    }
    html.close("ul");
    html.close("nav");
    html.open("form", "class", "search-box", "role", "search", "action", "/search", "method", "get");
    html.element("label", "Search articles", "for", "q", "class", "visually-hidden");
    html.empty("input", "type", "search", "id", "q", "name", "q", "value", query == null ? "" : query, "placeholder", "Search articles (Lucene syntax)",
        "accesskey", "s", "autocomplete", "off");
    html.element("button", "Search", "type", "submit");
    html.close("form");
    html.close("header");
  }
}
