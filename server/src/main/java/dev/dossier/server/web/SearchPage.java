package dev.dossier.server.web;

import dev.dossier.core.EntityType;
import dev.dossier.server.api.Requests;
import dev.dossier.server.html.Html;
import dev.dossier.server.html.Urls;
import dev.dossier.store.SearchQuery;
import dev.dossier.store.SearchResult;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The search page: the query form, the facets (entities, types, sources, a month histogram) and
 * the hits with their highlighted snippets. Every facet is a plain link that adds its filter to
 * the current URL, and every filter a link that removes it, so each state of the page can be
 * bookmarked and shared. With htmx, typing in the box swaps only {@code #search-body}.
 */
final class SearchPage {

  private static final int HISTOGRAM_WIDTH = 600;
  private static final int HISTOGRAM_HEIGHT = 80;

  private SearchPage() {}

  static String page(SearchQuery query, SearchResult result) {
    String title = query.text().isBlank() ? "Search" : query.text();
    return Layout.page(title, Layout.Nav.SEARCH, query.text(), html -> {
      form(html, query);
      body(html, query, result);
    });
  }

  static String fragment(SearchQuery query, SearchResult result) {
    Html html = Html.fragment();
    body(html, query, result);
    return html.render();
  }

  private static void form(Html html, SearchQuery query) {
    html.element("h1", "Search articles");
    html.open("form", "class", "search-form", "action", "/search", "method", "get", "hx-get", "/search", "hx-target", "#search-body",
        "hx-push-url", "true", "hx-trigger", "submit, input changed delay:400ms from:#search-q");
    html.element("label", "Words, \"phrases\", AND/OR/NOT, title:word", "for", "search-q");
    html.empty("input", "type", "search", "id", "search-q", "name", "q", "value", query.text(), "autofocus", "");
    for (String entity : query.entities()) {
      html.empty("input", "type", "hidden", "name", "entity", "value", entity);
    }
    hidden(html, "type", query.type() == null ? null : query.type().name());
    hidden(html, "source", query.source());
    hidden(html, "from", query.from() == null ? null : query.from().toString());
    hidden(html, "to", query.to() == null ? null : query.to().toString());
    html.element("button", "Search", "type", "submit");
    html.close("form");
  }

  private static void hidden(Html html, String name, String value) {
    if (value != null) {
      html.empty("input", "type", "hidden", "name", name, "value", value);
    }
  }

  private static void body(Html html, SearchQuery query, SearchResult result) {
    html.open("div", "id", "search-body", "class", "search-layout");
    html.open("aside", "class", "facets", "aria-label", "Filters");
    activeFilters(html, query);
    facets(html, query, result.facets());
    html.close("aside");
    html.open("section", "class", "results", "aria-live", "polite");
    for (String warning : result.warnings()) {
      html.element("p", warning, "class", "warning");
    }
    html.element("p", Format.number(result.total()) + (result.total() == 1 ? " matching article" : " matching articles"), "class", "total");
    html.open("ol", "class", "hits", "start", String.valueOf(query.offset() + 1));
    for (SearchResult.Hit hit : result.hits()) {
      html.open("li", "class", "hit");
      html.open("h2");
      html.open("a", "href", Urls.article(hit.id()));
      Format.highlighted(html, hit.title().isBlank() ? "(untitled)" : hit.title(), hit.title().isBlank() ? List.of() : hit.titleHighlights());
      html.close("a");
      html.close("h2");
      html.open("p", "class", "meta");
      Format.time(html, hit.published());
      html.text(" · ").text(hit.source() == null ? "unknown source" : hit.source());
      html.close("p");
      html.open("p", "class", "snippet");
      Format.highlighted(html, hit.snippet().text(), hit.snippet().highlights());
      html.close("p");
      html.close("li");
    }
    html.close("ol");
    pager(html, query, result.total());
    if (result.total() > 0) {
      html.open("p", "class", "export muted");
      html.element("a", "Export the matching articles (JSONL)", "href", url(query).replaceFirst("^/search", "/api/v1/export/articles"), "download", "");
      html.text(" · ");
      html.element("a", "as JSON", "href", url(query).replaceFirst("^/search", "/api/v1/articles"));
      html.close("p");
    }
    html.close("section");
    html.close("div");
  }

  private static void activeFilters(Html html, SearchQuery query) {
    List<String[]> filters = new ArrayList<>();
    for (String entity : query.entities()) {
      List<String> rest = new ArrayList<>(query.entities());
      rest.remove(entity);
      filters.add(new String[] {"entity: " + entity, url(query.withEntities(rest.toArray(String[]::new)).withPage(query.limit(), 0))});
    }
    if (query.type() != null) {
      filters.add(new String[] {"type: " + Format.typeLabel(query.type()), url(query.withType(null).withPage(query.limit(), 0))});
    }
    if (query.source() != null) {
      filters.add(new String[] {"source: " + query.source(), url(query.withSource(null).withPage(query.limit(), 0))});
    }
    if (query.from() != null || query.to() != null) {
      String range = (query.from() == null ? "…" : query.from().toString()) + " to " + (query.to() == null ? "…" : query.to().toString());
      filters.add(new String[] {"published: " + range, url(query.withDates(null, null).withPage(query.limit(), 0))});
    }
    if (filters.isEmpty()) {
      return;
    }
    html.element("h2", "Filters");
    html.open("ul", "class", "active-filters");
    for (String[] filter : filters) {
      html.open("li");
      html.text(filter[0]).text(" ");
      html.element("a", "remove", "href", filter[1], "class", "remove", "aria-label", "Remove filter " + filter[0]);
      html.close("li");
    }
    html.close("ul");
  }

  private static void facets(Html html, SearchQuery query, SearchResult.FacetCounts facets) {
    if (!facets.entities().isEmpty()) {
      html.element("h2", "Entities");
      html.open("ul", "class", "facet");
      for (SearchResult.EntityCount entity : facets.entities()) {
        List<String> with = new ArrayList<>(query.entities());
        with.add(entity.id());
        html.open("li");
        html.element("a", entity.name(), "class", "chip " + Format.typeClass(entity.type()),
            "href", url(query.withEntities(with.toArray(String[]::new)).withPage(query.limit(), 0)), "title", "Only articles mentioning " + entity.name());
        html.element("span", Format.number(entity.count()), "class", "count");
        html.close("li");
      }
      html.close("ul");
    }
    if (!facets.types().isEmpty()) {
      html.element("h2", "Types");
      html.open("ul", "class", "facet");
      for (Map.Entry<EntityType, Long> type : facets.types().entrySet()) {
        html.open("li");
        html.element("a", Format.typeLabel(type.getKey()), "class", "chip " + Format.typeClass(type.getKey()),
            "href", url(query.withType(type.getKey()).withPage(query.limit(), 0)));
        html.element("span", Format.number(type.getValue()), "class", "count");
        html.close("li");
      }
      html.close("ul");
    }
    if (!facets.sources().isEmpty()) {
      html.element("h2", "Sources");
      html.open("ul", "class", "facet");
      for (Map.Entry<String, Long> source : facets.sources().entrySet()) {
        html.open("li");
        html.element("a", source.getKey(), "href", url(query.withSource(source.getKey()).withPage(query.limit(), 0)));
        html.element("span", Format.number(source.getValue()), "class", "count");
        html.close("li");
      }
      html.close("ul");
    }
    if (!facets.months().isEmpty()) {
      html.element("h2", "Published");
      histogram(html, query, facets.months());
    }
  }

  /** One bar per month between the first and the last, each a link that filters to its month. */
  static void histogram(Html html, SearchQuery query, Map<YearMonth, Long> months) {
    YearMonth first = months.keySet().iterator().next();
    YearMonth last = first;
    long max = 1;
    for (Map.Entry<YearMonth, Long> month : months.entrySet()) {
      last = month.getKey().isAfter(last) ? month.getKey() : last;
      max = Math.max(max, month.getValue());
    }
    long span = Math.min(first.until(last, ChronoUnit.MONTHS) + 1, 600);
    double width = (double) HISTOGRAM_WIDTH / span;
    html.open("svg", "class", "histogram", "viewbox", "0 0 " + HISTOGRAM_WIDTH + " " + (HISTOGRAM_HEIGHT + 2), "role", "img",
        "aria-label", "Articles per month, " + first + " to " + last, "preserveaspectratio", "none");
    for (int i = 0; i < span; i++) {
      YearMonth month = first.plusMonths(i);
      long count = months.getOrDefault(month, 0L);
      if (count == 0) {
        continue;
      }
      double height = Math.max(2, (double) count / max * HISTOGRAM_HEIGHT);
      String label = month + ": " + Format.number(count) + (count == 1 ? " article" : " articles");
      html.open("a", "href", url(query.withDates(month.atDay(1), month.atEndOfMonth()).withPage(query.limit(), 0)), "aria-label", label);
      html.element("title", label);
      html.empty("rect", "x", String.format(Locale.ROOT, "%.2f", i * width), "y", String.format(Locale.ROOT, "%.2f", HISTOGRAM_HEIGHT - height),
          "width", String.format(Locale.ROOT, "%.2f", Math.max(1, width - 1)), "height", String.format(Locale.ROOT, "%.2f", height));
      html.close("a");
    }
    html.close("svg");
    html.open("p", "class", "histogram-range muted");
    html.element("span", first.toString());
    html.element("span", last.toString());
    html.close("p");
  }

  private static void pager(Html html, SearchQuery query, long total) {
    if (query.limit() == 0 || total <= query.limit()) {
      return;
    }
    html.open("nav", "class", "pager", "aria-label", "Pages");
    if (query.offset() > 0) {
      html.element("a", "← Previous", "rel", "prev", "href", url(query.withPage(query.limit(), Math.max(0, query.offset() - query.limit()))));
    }
    long shownTo = Math.min(total, (long) query.offset() + query.limit());
    html.element("span", Format.number(query.offset() + 1) + "–" + Format.number(shownTo) + " of " + Format.number(total));
    if (shownTo < total && query.offset() + query.limit() <= Requests.MAX_OFFSET) {
      html.element("a", "Next →", "rel", "next", "href", url(query.withPage(query.limit(), query.offset() + query.limit())));
    }
    html.close("nav");
  }

  /** The page URL of a query: the same parameters as {@code GET /api/v1/articles}. */
  static String url(SearchQuery query) {
    List<String> parameters = new ArrayList<>(List.of("q", query.text()));
    for (String entity : query.entities()) {
      parameters.add("entity");
      parameters.add(entity);
    }
    parameters.addAll(List.of(
        "type", query.type() == null ? "" : query.type().name(),
        "source", query.source() == null ? "" : query.source(),
        "from", query.from() == null ? "" : query.from().toString(),
        "to", query.to() == null ? "" : query.to().toString(),
        "offset", query.offset() == 0 ? "" : String.valueOf(query.offset()),
        "limit", query.limit() == SearchQuery.DEFAULT_LIMIT ? "" : String.valueOf(query.limit())));
    return Urls.withQuery("/search", parameters.toArray(String[]::new));
  }
}
