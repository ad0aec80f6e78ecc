package dev.dossier.server.web;

import dev.dossier.server.html.Html;
import dev.dossier.server.html.Urls;
import dev.dossier.store.EntityProfile;
import dev.dossier.store.TimelineEntry;
import dev.dossier.store.TimelineQuery;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The timeline: the dates the articles speak of, earliest first, grouped by month, each with the
 * sentence that gives it and a link to its article; for one entity, only the sentences that name
 * it. Events will add their own entries here once the event stage stores them.
 */
final class TimelinePage {

  private TimelinePage() {}

  static String page(TimelineQuery query, EntityProfile entity, List<TimelineEntry> entries) {
    String title = entity == null ? "Timeline" : "Timeline of " + entity.name();
    return Layout.page(title, Layout.Nav.TIMELINE, "", html -> {
      html.element("h1", title);
      html.open("form", "class", "filters", "action", "/timeline", "method", "get");
      html.element("label", "Entity (name or id)", "for", "tl-entity");
      html.empty("input", "type", "text", "id", "tl-entity", "name", "entity", "value", query.entityId() == null ? "" : query.entityId(),
          "placeholder", "all entities");
      html.element("label", "From", "for", "tl-from");
      html.empty("input", "type", "date", "id", "tl-from", "name", "from", "value", query.from() == null ? "" : query.from().toString());
      html.element("label", "To", "for", "tl-to");
      html.empty("input", "type", "date", "id", "tl-to", "name", "to", "value", query.to() == null ? "" : query.to().toString());
      html.element("button", "Show", "type", "submit");
      html.close("form");
      if (entity != null) {
        html.open("p");
        html.text("Dates given in a sentence that names ");
        Format.entityLink(html, entity.id(), entity.name(), entity.type());
        html.text(". ");
        html.element("a", "All dates", "href", Urls.withQuery("/timeline", "from", iso(query.from()), "to", iso(query.to())));
        html.close("p");
      } else {
        html.element("p", "Dates the articles speak of, placed at the first day of the period they name (a month, a week, a year).", "class", "muted");
      }
      if (entries.isEmpty()) {
        html.element("p", "Nothing dated here.", "class", "empty");
      } else {
        entries(html, entries);
      }
      html.open("nav", "class", "pager", "aria-label", "Pages");
      if (query.offset() > 0) {
        html.element("a", "← Earlier", "rel", "prev", "href", url(query, Math.max(0, query.offset() - query.limit())));
      }
      if (entries.size() == query.limit()) {
        html.element("a", "Later →", "rel", "next", "href", url(query, query.offset() + query.limit()));
      }
      html.close("nav");
    });
  }

  /** The entries grouped under one heading per month. */
  static void entries(Html html, List<TimelineEntry> entries) {
    html.open("ol", "class", "timeline");
    String current = null;
    for (TimelineEntry entry : entries) {
      // A year said on its own ("in 2016") is its own group, not the January of it.
      String month = entry.value().length() == 4 ? entry.value() : YearMonth.from(entry.day()).toString();
      if (!month.equals(current)) {
        if (current != null) {
          html.close("ol").close("li");
        }
        html.open("li", "class", "month");
        html.element("h3", month);
        html.open("ol");
        current = month;
      }
      html.open("li", "class", "entry");
      html.element("time", entry.value(), "datetime", entry.day().toString(), "class", "when");
      html.open("blockquote");
      Format.highlighted(html, entry.context().text(), entry.context().highlights());
      html.close("blockquote");
      html.open("p", "class", "meta");
      html.element("a", entry.title().isBlank() ? "(untitled)" : entry.title(), "href", Urls.article(entry.articleId()));
      html.text(" · ");
      Format.time(html, entry.published());
      html.close("p");
      html.close("li");
    }
    if (current != null) {
      html.close("ol").close("li");
    }
    html.close("ol");
  }

  private static String url(TimelineQuery query, int offset) {
    return Urls.withQuery("/timeline", "entity", query.entityId(), "from", iso(query.from()), "to", iso(query.to()),
        "offset", offset == 0 ? null : String.valueOf(offset));
  }

  private static String iso(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
