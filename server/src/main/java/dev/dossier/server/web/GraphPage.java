package dev.dossier.server.web;

import dev.dossier.core.EntityType;
import dev.dossier.server.html.Html;
import dev.dossier.server.html.Urls;
import dev.dossier.store.EntityGraph;
import java.util.Locale;

/**
 * The graph explorer. The server renders the starting graph as a list (which works without
 * script and with the keyboard: each entity links to its dossier and has an "expand" button), and
 * {@code graph.js} draws it with cytoscape, fetching a node's neighbours from
 * {@code /api/v1/entities/{id}/graph} when it is expanded. Type checkboxes hide and show types.
 */
final class GraphPage {

  private GraphPage() {}

  static String page(EntityGraph graph, String centreId, EntityType type, String source) {
    return Layout.page("Graph", Layout.Nav.GRAPH, "", html -> {
      html.element("h1", "Co-mention graph");
      html.element("p", "Entities are linked when articles mention them together; thicker links, more articles. "
          + "Select an entity to see it, expand it to add its neighbours, open its dossier with Enter.", "class", "muted");
      html.open("div", "class", "graph-layout");
      html.open("div", "class", "graph-controls");
      html.open("fieldset", "class", "type-filter");
      html.element("legend", "Show types");
      for (EntityType each : EntityType.values()) {
        String id = "show-" + each.name().toLowerCase(Locale.ROOT);
        html.open("label", "for", id, "class", "chip " + Format.typeClass(each));
        html.empty("input", "type", "checkbox", "id", id, "value", each.name(), "checked", "", "data-type-toggle", "");
        html.text(" ").text(Format.typeLabel(each));
        html.close("label");
      }
      html.close("fieldset");
      html.open("form", "action", "/graph", "method", "get", "class", "filters");
      html.element("label", "Start from an entity (name or id)", "for", "graph-entity");
      html.empty("input", "type", "text", "id", "graph-entity", "name", "entity", "value", centreId == null ? "" : centreId, "placeholder", "top entities");
      html.element("button", "Draw", "type", "submit");
      html.close("form");
      html.open("div", "id", "selection", "class", "selection", "aria-live", "polite");
      html.element("p", "Nothing selected.", "class", "muted");
      html.close("div");
      html.close("div");
      html.open("div", "id", "graph", "class", "graph large", "data-graph", source, "data-centre", centreId, "role", "img",
          "aria-label", "Co-mention graph; the list of entities below it holds the same nodes");
      html.close("div");
      html.close("div");
      html.element("h2", "Entities in the graph");
      html.open("ul", "class", "node-list", "id", "node-list");
      for (EntityGraph.Node node : graph.nodes()) {
        if (type != null && node.type() != type && !node.id().equals(centreId)) {
          continue;
        }
        html.open("li", "data-node", node.id());
        Format.entityLink(html, node.id(), node.name(), node.type());
        html.element("span", Format.number(node.articles()) + " articles", "class", "count");
        html.element("button", "Expand", "type", "button", "class", "expand", "data-expand", node.id(), "aria-label", "Expand " + node.name());
        html.close("li");
      }
      html.close("ul");
    }, Layout.CYTOSCAPE, "/static/graph.js");
  }

  /** The API URL the page draws from. */
  static String source(String centreId, EntityType type) {
    String typeName = type == null ? null : type.name();
    return centreId == null
        ? Urls.withQuery("/api/v1/graph", "type", typeName, "limit", "40")
        : Urls.withQuery("/api/v1/entities/" + Urls.segment(centreId) + "/graph", "type", typeName, "limit", "25");
  }
}
