package dev.dossier.server.web;

import dev.dossier.core.SanctionsHit;
import dev.dossier.core.Span;
import dev.dossier.engine.Engine;
import dev.dossier.server.html.Html;
import dev.dossier.store.EntityProfile;
import dev.dossier.store.SanctionsRow;
import dev.dossier.store.StoredArticle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The dossier's sanctions section: each list entry the entity matched (list, entry number, the
 * name as listed, programmes), and each article sentence that is evidence for it, with how sure
 * the match is and why, linked to the sentence in its article. Also the listing of {@code
 * /sanctions}, which groups every hit the same way.
 */
final class SanctionsSection implements EntitySection {

  private final Engine engine;

  SanctionsSection(Engine engine) {
    this.engine = engine;
  }

  @Override
  public String title() {
    return "Sanctions";
  }

  @Override
  public boolean appliesTo(EntityProfile entity) {
    return !engine.sanctions(entity.id()).isEmpty();
  }

  @Override
  public void render(EntityProfile entity, Html html) {
    List<SanctionsRow> rows = engine.sanctions(entity.id()).stream().filter(row -> row.entityId().equals(entity.id())).toList();
    Map<String, List<SanctionsRow>> byEntry = byEntry(rows);
    html.element("p", entity.name() + " matches " + byEntry.size() + (byEntry.size() == 1 ? " entry" : " entries") + " of " + engine.sanctionsList()
        + ", on the evidence of " + rows.size() + (rows.size() == 1 ? " sentence" : " sentences") + ". Check the evidence: a match is a lead, not a finding.",
        "class", "warning");
    for (List<SanctionsRow> hits : byEntry.values()) {
      entry(html, hits.getFirst().hit());
      evidence(html, hits);
    }
  }

  /** The hits grouped by list entry, in the order given (the surest first). */
  static Map<String, List<SanctionsRow>> byEntry(List<SanctionsRow> rows) {
    Map<String, List<SanctionsRow>> byEntry = new LinkedHashMap<>();
    for (SanctionsRow row : rows) {
      byEntry.computeIfAbsent(row.entityId() + "\u0000" + row.hit().list() + "\u0000" + row.hit().entry(), k -> new ArrayList<>()).add(row);
    }
    return byEntry;
  }

  /** The list entry: the name as listed, its number, the list and the programmes. */
  static void entry(Html html, SanctionsHit hit) {
    html.open("h3", "class", "sanctions-entry");
    html.text(hit.name()).text(" ").element("span", "#" + hit.entry(), "class", "muted");
    html.close("h3");
    html.open("p", "class", "meta");
    html.text(hit.list());
    if (!hit.programs().isEmpty()) {
      html.text(" · programmes ");
      for (int i = 0; i < hit.programs().size(); i++) {
        html.text(i == 0 ? "" : " ").element("span", hit.programs().get(i), "class", "badge program");
      }
    }
    html.close("p");
  }

  /** The sentences that are evidence, each with its score, its reasons and a link to it in its article. */
  void evidence(Html html, List<SanctionsRow> hits) {
    html.open("ol", "class", "evidence");
    for (SanctionsRow row : hits) {
      html.open("li");
      html.element("span", String.format(Locale.ROOT, "%.2f", row.hit().score()), "class", "score", "title", "how sure the match is, from 0 to 1");
      html.element("blockquote", row.hit().evidence());
      html.open("p", "class", "meta");
      html.element("a", row.title().isBlank() ? "(untitled)" : row.title(), "href", evidenceLink(row));
      html.text(" · ");
      Format.time(html, row.published());
      html.close("p");
      if (!row.hit().reasons().isEmpty()) {
        html.element("p", String.join("; ", row.hit().reasons()), "class", "reasons muted");
      }
      html.close("li");
    }
    html.close("ol");
  }

  /** The article with the evidence sentence marked, when it can be found in the text; the article otherwise. */
  String evidenceLink(SanctionsRow row) {
    Optional<StoredArticle> article = engine.article(row.articleId());
    String text = article.map(a -> a.article().text()).orElse("");
    int at = row.hit().evidence().isEmpty() ? -1 : text.indexOf(row.hit().evidence());
    if (at < 0) {
      return dev.dossier.server.html.Urls.article(row.articleId());
    }
    return FindingMarks.spanLink(row.articleId(), new Span(at, at + row.hit().evidence().length()));
  }
}
