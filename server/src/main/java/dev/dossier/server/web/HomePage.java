package dev.dossier.server.web;

import dev.dossier.core.EntityType;
import dev.dossier.server.html.Html;
import dev.dossier.server.html.Urls;
import dev.dossier.store.EntitySummary;
import dev.dossier.store.SearchResult;
import dev.dossier.store.Stats;
import java.util.List;
import java.util.Map;

/** The start page: what the store holds, the newest articles, the most mentioned entities of each type. */
final class HomePage {

  private HomePage() {}

  static String page(Stats stats, SearchResult newest, Map<EntityType, List<EntitySummary>> topByType) {
    return Layout.page("", Layout.Nav.NONE, "", html -> {
      html.element("h1", "Dossier");
      html.open("p", "class", "lead");
      html.text(Format.number(stats.articles()) + " articles");
      if (stats.firstPublished() != null) {
        html.text(", published " + stats.firstPublished() + " to " + stats.lastPublished());
      }
      html.text("; " + Format.number(stats.entities()) + " entities, " + Format.number(stats.mentions()) + " mentions.");
      html.close("p");
      if (stats.articles() == 0) {
        html.open("p");
        html.text("The store is empty. ");
        html.element("a", "Ingest some articles", "href", "/ingest");
        html.text(", or run ").element("code", "dossier demo").text(" first.");
        html.close("p");
        return;
      }
      html.open("div", "class", "home-grid");
      html.open("section");
      html.element("h2", "Newest articles");
      html.open("ul", "class", "article-list");
      for (SearchResult.Hit hit : newest.hits()) {
        html.open("li");
        html.element("a", hit.title().isBlank() ? "(untitled)" : hit.title(), "href", Urls.article(hit.id()));
        html.text(" ");
        Format.time(html, hit.published());
        html.close("li");
      }
      html.close("ul");
      html.element("a", "All articles →", "href", "/search");
      html.close("section");
      for (Map.Entry<EntityType, List<EntitySummary>> group : topByType.entrySet()) {
        if (group.getValue().isEmpty()) {
          continue;
        }
        html.open("section");
        html.element("h2", "Most mentioned: " + Format.typeLabel(group.getKey()));
        topList(html, group.getValue());
        html.element("a", "More →", "href", Urls.withQuery("/entities", "type", group.getKey().name()));
        html.close("section");
      }
      html.close("div");
    });
  }

  private static void topList(Html html, List<EntitySummary> entities) {
    html.open("ul", "class", "entity-list");
    for (EntitySummary entity : entities) {
      html.open("li");
      Format.entityLink(html, entity.id(), entity.name(), entity.type());
      html.element("span", Format.number(entity.articles()), "class", "count", "title", entity.articles() + " articles");
      html.close("li");
    }
    html.close("ul");
  }
}
