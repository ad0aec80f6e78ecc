package dev.dossier.server.web;

import dev.dossier.core.EntityType;
import dev.dossier.server.html.Urls;
import dev.dossier.store.EntitySummary;
import java.util.List;

/** The entity list: filter by name and type, most mentioned first, a page at a time. */
final class EntitiesPage {

  static final int PAGE = 50;

  private EntitiesPage() {}

  static String page(String text, EntityType type, int offset, List<EntitySummary> entities) {
    return Layout.page("Entities", Layout.Nav.ENTITIES, "", html -> {
      html.element("h1", "Entities");
      html.open("form", "class", "filters", "action", "/entities", "method", "get");
      html.element("label", "Name contains", "for", "entity-q");
      html.empty("input", "type", "search", "id", "entity-q", "name", "q", "value", text == null ? "" : text);
      html.element("label", "Type", "for", "entity-type");
      html.open("select", "id", "entity-type", "name", "type");
      html.element("option", "any", "value", "", "selected", type == null ? "" : null);
      for (EntityType each : EntityType.values()) {
        html.element("option", Format.typeLabel(each), "value", each.name(), "selected", each == type ? "" : null);
      }
      html.close("select");
      html.element("button", "Filter", "type", "submit");
      html.close("form");
      if (entities.isEmpty()) {
        html.element("p", "No entity matches.", "class", "empty");
        return;
      }
      html.open("table", "class", "entities");
      html.open("thead").open("tr");
      html.element("th", "Name", "scope", "col").element("th", "Type", "scope", "col").element("th", "Articles", "scope", "col", "class", "num")
          .element("th", "Mentions", "scope", "col", "class", "num");
      html.close("tr").close("thead");
      html.open("tbody");
      for (EntitySummary entity : entities) {
        html.open("tr");
        html.open("td").element("a", entity.name(), "href", Urls.entity(entity.id())).close("td");
        html.open("td").element("span", Format.typeLabel(entity.type()), "class", "chip " + Format.typeClass(entity.type())).close("td");
        html.element("td", Format.number(entity.articles()), "class", "num");
        html.element("td", Format.number(entity.mentions()), "class", "num");
        html.close("tr");
      }
      html.close("tbody");
      html.close("table");
      String typeName = type == null ? null : type.name();
      html.open("nav", "class", "pager", "aria-label", "Pages");
      if (offset > 0) {
        html.element("a", "← Previous", "rel", "prev", "href", Urls.withQuery("/entities", "q", text, "type", typeName, "offset", String.valueOf(Math.max(0, offset - PAGE))));
      }
      if (entities.size() == PAGE) {
        html.element("a", "Next →", "rel", "next", "href", Urls.withQuery("/entities", "q", text, "type", typeName, "offset", String.valueOf(offset + PAGE)));
      }
      html.close("nav");
    });
  }
}
