package dev.dossier.server.web;

import dev.dossier.engine.Engine;
import dev.dossier.engine.EntityReport;
import dev.dossier.server.api.ApiRoutes;
import dev.dossier.server.html.Html;
import dev.dossier.store.EntityProfile;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the bundled knowledge base says of the entity (its id, linked to Wikidata when it is a
 * QID; its country, capital, offices held) and how often the articles mention it month by month.
 */
final class KnowledgeSection implements EntitySection {

  private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

  private final Engine engine;

  KnowledgeSection(Engine engine) {
    this.engine = engine;
  }

  @Override
  public String title() {
    return "Known as";
  }

  @Override
  public boolean appliesTo(EntityProfile entity) {
    EntityReport report = ApiRoutes.report(engine, entity.id());
    return report != null && (report.kbId() != null || !report.related().isEmpty());
  }

  @Override
  public void render(EntityProfile entity, Html html) {
    EntityReport report = ApiRoutes.report(engine, entity.id());
    html.open("dl", "class", "facts wide");
    if (report.kbId() != null) {
      html.open("div").element("dt", "Knowledge base").open("dd");
      if (QID.matcher(report.kbId()).matches()) {
        html.element("a", report.kbId(), "href", "https://www.wikidata.org/wiki/" + report.kbId(), "rel", "noopener noreferrer nofollow", "target", "_blank",
            "title", "its Wikidata item");
      } else {
        html.element("code", report.kbId());
      }
      html.close("dd").close("div");
    }
    if (!report.related().isEmpty()) {
      html.open("div").element("dt", "Facts").open("dd").open("ul", "class", "aliases-list");
      report.related().forEach(fact -> html.element("li", fact));
      html.close("ul").close("dd").close("div");
    }
    Map<String, Integer> months = report.mentionsPerMonth();
    if (!months.isEmpty()) {
      html.open("div").element("dt", "Mentions per month")
          .element("dd", months.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))).close("div");
    }
    html.close("dl");
  }
}
