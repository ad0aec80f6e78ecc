package dev.dossier.server.web;

import dev.dossier.server.html.Html;
import dev.dossier.server.html.Urls;
import dev.dossier.core.EventType;
import dev.dossier.store.EntityProfile;
import dev.dossier.store.EventInstance;
import dev.dossier.store.TimelineEntry;
import dev.dossier.store.TimelineQuery;
import java.time.LocalDate;
import java.util.List;

/**
 * The timeline: the events the articles report, in date order, each counted once however many
 * articles report it (with its mention count, its evidence sentence linked to its article), then
 * the dates the articles speak of, each with the sentence that gives it; both grouped by month.
 * For one entity, only its events (as actor, target, or through its country) and the sentences
 * that name it; a type narrows the events.
 */
final class TimelinePage {

  private TimelinePage() {}

  /**
   * @param type the event type asked for, or {@code null}
   * @param entity the entity asked for, or {@code null}
   */
  static String page(TimelineQuery query, EventType type, EntityProfile entity, List<EventInstance> events, List<TimelineEntry> entries) {
    String title = entity == null ? "Timeline" : "Timeline of " + entity.name();
    return Layout.page(title, Layout.Nav.TIMELINE, "", html -> {
      html.element("h1", title);
      html.open("form", "class", "filters", "action", "/timeline", "method", "get");
      html.element("label", "Entity (name or id)", "for", "tl-entity");
      html.empty("input", "type", "text", "id", "tl-entity", "name", "entity", "value", query.entityId() == null ? "" : query.entityId(),
          "placeholder", "all entities");
      html.element("label", "Event type", "for", "tl-type");
      html.open("select", "id", "tl-type", "name", "type");
      html.element("option", "any", "value", "", "selected", type == null ? "" : null);
      for (EventType each : EventType.values()) {
        html.element("option", each.name(), "value", each.name(), "selected", each == type ? "" : null);
      }
      html.close("select");
      html.element("label", "From", "for", "tl-from");
      html.empty("input", "type", "date", "id", "tl-from", "name", "from", "value", query.from() == null ? "" : query.from().toString());
      html.element("label", "To", "for", "tl-to");
      html.empty("input", "type", "date", "id", "tl-to", "name", "to", "value", query.to() == null ? "" : query.to().toString());
      html.element("button", "Show", "type", "submit");
      html.close("form");
      if (entity != null) {
        html.open("p");
        html.text("Events in which ");
        Format.entityLink(html, entity.id(), entity.name(), entity.type());
        html.text(" or its country acts or is acted on, and dates given in a sentence that names it. ");
        html.element("a", "Everyone's", "href", Urls.withQuery("/timeline", "type", type == null ? null : type.name(), "from", iso(query.from()), "to", iso(query.to())));
        html.close("p");
      }
      html.open("nav", "class", "toc", "aria-label", "Sections");
      html.open("ul");
      html.open("li").element("a", "Events", "href", "#events").close("li");
      html.open("li").element("a", "Dated statements", "href", "#dated").close("li");
      html.close("ul");
      html.close("nav");
      html.open("section", "id", "events", "aria-labelledby", "events-h");
      html.element("h2", type == null ? "Events" : type.name() + " events", "id", "events-h");
      html.element("p", "Each real-world event once, however many sentences and articles report it, at the earliest day a report gives it.", "class", "muted");
      if (events.isEmpty()) {
        html.element("p", "No event here.", "class", "empty");
      } else {
        EventList.timeline(html, events);
      }
      html.close("section");
      html.open("section", "id", "dated", "aria-labelledby", "dated-h");
      html.element("h2", "Dated statements", "id", "dated-h");
      html.element("p", "Dates the articles speak of, placed at the first day of the period they name (a month, a week, a year).", "class", "muted");
      if (entries.isEmpty()) {
        html.element("p", "Nothing dated here.", "class", "empty");
      } else {
        entries(html, entries);
      }
      html.close("section");
      html.open("nav", "class", "pager", "aria-label", "Pages");
      if (query.offset() > 0) {
        html.element("a", "← Earlier", "rel", "prev", "href", url(query, type, Math.max(0, query.offset() - query.limit())));
      }
      if (events.size() == query.limit() || entries.size() == query.limit()) {
        html.element("a", "Later →", "rel", "next", "href", url(query, type, query.offset() + query.limit()));
      }
      html.close("nav");
    });
  }

  /** The entries grouped under one heading per month. */
  static void entries(Html html, List<TimelineEntry> entries) {
    html.open("ol", "class", "timeline");
    MonthGroups groups = new MonthGroups(html);
    for (TimelineEntry entry : entries) {
      groups.enter(MonthGroups.heading(entry.value(), entry.day()));
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
    groups.close();
    html.close("ol");
  }

  private static String url(TimelineQuery query, EventType type, int offset) {
    return Urls.withQuery("/timeline", "entity", query.entityId(), "type", type == null ? null : type.name(), "from", iso(query.from()), "to", iso(query.to()),
        "offset", offset == 0 ? null : String.valueOf(offset));
  }

  private static String iso(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
