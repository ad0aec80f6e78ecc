package dev.dossier.server.web;

import dev.dossier.core.SanctionsHit;
import dev.dossier.server.html.Urls;
import dev.dossier.store.SanctionsRow;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every entity of the corpus found on the sanctions list, the surest first: the list entry it
 * matched, its programmes, the best score, in how many articles, and the best evidence, linked to
 * its sentence; each entity's dossier has all its evidence.
 */
final class SanctionsPage {

  private SanctionsPage() {}

  static String page(String list, List<SanctionsRow> rows, SanctionsSection section) {
    return Layout.page("Sanctions", Layout.Nav.SANCTIONS, "", html -> {
      html.element("h1", "On the sanctions list");
      Map<String, List<SanctionsRow>> byEntry = SanctionsSection.byEntry(rows);
      html.element("p", "People and organisations of the corpus screened against " + list + ": " + Format.number(byEntry.size())
          + (byEntry.size() == 1 ? " match" : " matches") + " in " + Format.number(rows.stream().map(SanctionsRow::articleId).distinct().count())
          + " articles. A match is a lead, not a finding: read the evidence.", "class", "muted");
      if (byEntry.isEmpty()) {
        html.element("p", "No entity of the corpus is on the list.", "class", "empty");
        return;
      }
      html.open("table", "class", "entities sanctions");
      html.open("thead").open("tr");
      html.element("th", "Entity", "scope", "col").element("th", "List entry", "scope", "col").element("th", "Programmes", "scope", "col")
          .element("th", "Score", "scope", "col", "class", "num").element("th", "Articles", "scope", "col", "class", "num")
          .element("th", "Best evidence", "scope", "col");
      html.close("tr").close("thead");
      html.open("tbody");
      for (List<SanctionsRow> hits : byEntry.values()) {
        SanctionsRow best = hits.getFirst();
        SanctionsHit hit = best.hit();
        html.open("tr");
        html.open("td").element("a", best.entityName(), "href", Urls.entity(best.entityId()) + "#sanctions").close("td");
        html.open("td").text(hit.name()).text(" ").element("span", "#" + hit.entry(), "class", "muted").close("td");
        html.element("td", String.join(", ", hit.programs()));
        html.element("td", String.format(Locale.ROOT, "%.2f", hit.score()), "class", "num");
        html.element("td", Format.number(hits.stream().map(SanctionsRow::articleId).distinct().count()), "class", "num");
        html.open("td", "class", "evidence-cell");
        html.element("a", hit.evidence(), "href", section.evidenceLink(best));
        html.close("td");
        html.close("tr");
      }
      html.close("tbody");
      html.close("table");
      html.element("a", "As JSON", "href", "/api/v1/sanctions");
    });
  }
}
