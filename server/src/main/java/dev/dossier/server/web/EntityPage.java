package dev.dossier.server.web;

import dev.dossier.server.html.Html;
import dev.dossier.server.html.Urls;
import dev.dossier.store.EntityProfile;
import java.util.List;
import java.util.Locale;

/** An entity's dossier: who or what it is, with a table of contents and its {@link EntitySection}s. */
final class EntityPage {

  private final List<EntitySection> sections;

  EntityPage(List<EntitySection> sections) {
    this.sections = List.copyOf(sections);
  }

  String render(EntityProfile entity) {
    return Layout.page(entity.name(), Layout.Nav.ENTITIES, "", html -> {
      html.open("header", "class", "entity-head");
      html.open("h1");
      html.text(entity.name()).text(" ");
      html.element("span", Format.typeLabel(entity.type()), "class", "chip " + Format.typeClass(entity.type()));
      html.close("h1");
      html.open("dl", "class", "facts");
      fact(html, "Id", entity.id());
      fact(html, "Articles", Format.number(entity.articles()));
      fact(html, "Mentions", Format.number(entity.mentions()));
      fact(html, "First seen", Format.date(entity.firstSeen()));
      fact(html, "Last seen", Format.date(entity.lastSeen()));
      html.close("dl");
      List<EntitySection> shown = sections.stream().filter(section -> section.appliesTo(entity)).toList();
      html.open("nav", "class", "toc", "aria-label", "Sections");
      html.open("ul");
      for (EntitySection section : shown) {
        html.open("li").element("a", section.title(), "href", "#" + anchor(section)).close("li");
      }
      html.open("li").element("a", "JSON", "href", "/api/v1/entities/" + Urls.segment(entity.id())).close("li");
      html.close("ul");
      html.close("nav");
      html.close("header");
      html.open("div", "class", "dossier");
      for (EntitySection section : shown) {
        html.open("section", "id", anchor(section), "aria-labelledby", anchor(section) + "-h");
        html.element("h2", section.title(), "id", anchor(section) + "-h");
        section.render(entity, html);
        html.close("section");
      }
      html.close("div");
    }, Layout.CYTOSCAPE, "/static/graph.js");
  }

  private static String anchor(EntitySection section) {
    return section.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  private static void fact(Html html, String name, String value) {
    html.open("div").element("dt", name).element("dd", value).close("div");
  }
}
