package dev.dossier.server.web;

import dev.dossier.core.EventType;
import dev.dossier.engine.Engine;
import dev.dossier.server.api.EventsJson;
import dev.dossier.server.html.Html;
import dev.dossier.server.html.Urls;
import dev.dossier.store.EntityProfile;
import dev.dossier.store.EventInstance;
import dev.dossier.store.EventQuery;
import dev.dossier.store.StoredArticle;
import dev.dossier.store.StoredEvent;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sections that show events: an article's events, each linked to its trigger in the text and
 * to its instance; an entity's events by type and the most reported of them.
 */
final class EventSections {

  /** How many of an entity's events the dossier reads to count them by type. */
  static final int COUNTED = 500;

  /** How many events a dossier section lists. */
  static final int SHOWN = 10;

  private EventSections() {}

  /** The id of an article's {@code n}th event's trigger in its text (from 1), which the section links to. */
  static String anchor(int n) {
    return "event-" + n;
  }

  /** The article's events in text order: who did what to whom, when, where, according to whom. */
  static final class OfArticle implements ArticleSection {
    private final ArticleFindings findings;

    OfArticle(ArticleFindings findings) {
      this.findings = findings;
    }

    @Override
    public String title() {
      return "Events";
    }

    @Override
    public boolean appliesTo(StoredArticle article) {
      return !findings.events().isEmpty();
    }

    @Override
    public void render(StoredArticle article, Html html) {
      List<StoredEvent> events = findings.events();
      html.open("ol", "class", "event-list");
      for (int i = 0; i < events.size(); i++) {
        StoredEvent stored = events.get(i);
        var event = stored.event();
        html.open("li", "class", event.main() ? "event" : "event background");
        html.open("p", "class", "event-head");
        EventList.type(html, event.type().name(), event.cameo());
        html.text(" ");
        EventList.actors(html, event);
        EventList.badges(html, event);
        html.close("p");
        html.open("p", "class", "meta");
        if (event.date() != null) {
          html.element("time", event.date(), "datetime", stored.day() == null ? event.date() : stored.day().toString());
          html.text(event.dateSpan() == null ? " (published)" : "").text(" · ");
        }
        if (event.place() != null) {
          html.text("in ");
          EventList.actor(html, event.place().name(), event.place().entity());
          html.text(" · ");
        }
        if (event.attribution() != null) {
          EventList.attribution(html, event.attribution());
          html.text(" · ");
        }
        String trigger = EventsJson.inSentence(stored, event.span());
        html.element("a", trigger == null ? "in the text" : "\u201c" + trigger + "\u201d in the text", "href", "#" + anchor(i + 1));
        Optional<EventInstance> instance = stored.instanceId() == null ? Optional.empty() : findings.instance(stored.instanceId());
        if (instance.isPresent()) {
          html.text(" · ").element("a", EventList.reports(instance.get()), "href", Urls.event(instance.get().id()));
        }
        html.close("p");
        html.close("li");
      }
      html.close("ol");
    }
  }

  /** What the entity did and what was done to it: counts by type, and its most reported events. */
  static final class OfEntity implements EntitySection {
    private final Engine engine;

    OfEntity(Engine engine) {
      this.engine = engine;
    }

    @Override
    public String title() {
      return "Events";
    }

    @Override
    public boolean appliesTo(EntityProfile entity) {
      return !engine.events(new EventQuery(entity.id(), null, null, null, true, 1, 0)).isEmpty();
    }

    @Override
    public void render(EntityProfile entity, Html html) {
      List<EventInstance> events = engine.events(new EventQuery(entity.id(), null, null, null, true, COUNTED, 0));
      Map<EventType, Integer> byType = new EnumMap<>(EventType.class);
      events.forEach(event -> byType.merge(event.type(), 1, Integer::sum));
      html.element("p", "Events in which " + entity.name() + " (or its country) acts or is acted on"
          + (events.size() == COUNTED ? ", the latest " + COUNTED : "") + ", by type:", "class", "muted");
      html.open("ul", "class", "event-types");
      byType.forEach((type, count) -> {
        html.open("li");
        html.element("a", type.name(), "class", "event-type " + type.name().toLowerCase(Locale.ROOT), "href",
            Urls.withQuery("/timeline", "entity", entity.id(), "type", type.name()));
        html.element("span", "×" + count, "class", "count");
        html.close("li");
      });
      html.close("ul");
      List<EventInstance> reported = events.stream()
          .sorted(Comparator.comparingInt(EventInstance::mentions).reversed().thenComparing(EventInstance::day, Comparator.nullsLast(Comparator.reverseOrder())))
          .limit(SHOWN).toList();
      html.element("h3", "Most reported");
      EventList.list(html, reported);
      html.element("a", "Its events in date order →", "href", Urls.withQuery("/timeline", "entity", entity.id()));
    }
  }
}
