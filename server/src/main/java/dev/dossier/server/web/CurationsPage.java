package dev.dossier.server.web;

import dev.dossier.server.html.Html;
import dev.dossier.server.html.Urls;
import dev.dossier.store.CurationEntry;
import java.util.List;

/** The audit log of analysts' corrections, oldest first: what was done to which entity, by whom, when and why. */
final class CurationsPage {

  private CurationsPage() {}

  static String page(List<CurationEntry> log) {
    return Layout.page("Corrections", Layout.Nav.ENTITIES, "", html -> {
      html.element("h1", "Corrections");
      html.element("p", "Every correction analysts made to the resolved entities, oldest first. Each is replayed on every later ingest and rebuild. "
          + "Correct an entity from its dossier.", "class", "muted");
      if (log.isEmpty()) {
        html.element("p", "No corrections yet.", "class", "empty");
      } else {
        log(html, log);
      }
      html.element("a", "As JSON", "href", "/api/v1/curations");
    });
  }

  /** The entries as a list, each entity linked. */
  static void log(Html html, List<CurationEntry> entries) {
    html.open("ol", "class", "curation-log");
    for (CurationEntry entry : entries) {
      html.open("li", "id", "curation-" + entry.seq());
      html.element("span", "#" + entry.seq(), "class", "muted");
      html.text(" ");
      describe(html, entry);
      html.open("p", "class", "meta");
      html.text("by " + entry.who() + " at ");
      html.element("time", entry.at().toString(), "datetime", entry.at().toString());
      if (!entry.why().isEmpty()) {
        html.text(" · ").element("q", entry.why());
      }
      html.close("p");
      html.close("li");
    }
    html.close("ol");
  }

  private static void describe(Html html, CurationEntry entry) {
    switch (entry.action()) {
      case "merge" -> html.text("merged ").element("code", entry.argument()).text(" into ").open("a", "href", Urls.entity(entry.entityId()))
          .element("code", entry.entityId()).close("a");
      case "split" -> html.text("split \u201c" + entry.argument() + "\u201d off ").open("a", "href", Urls.entity(entry.entityId()))
          .element("code", entry.entityId()).close("a").text(" as ").open("a", "href", Urls.entity(entry.target())).element("code", entry.target()).close("a");
      case "rename" -> html.text("renamed ").open("a", "href", Urls.entity(entry.entityId())).element("code", entry.entityId()).close("a")
          .text(" to \u201c" + entry.argument() + "\u201d");
      case "retype" -> html.text("retyped ").open("a", "href", Urls.entity(entry.entityId())).element("code", entry.entityId()).close("a")
          .text(" as " + entry.argument());
      case "delete" -> html.text("deleted ").element("code", entry.entityId());
      default -> html.text(entry.action() + " ").element("code", entry.entityId());
    }
  }
}
