package dev.dossier.server.web;

import dev.dossier.core.Event;
import dev.dossier.server.api.ApiRoutes;
import dev.dossier.server.html.Html;
import dev.dossier.server.html.Urls;
import dev.dossier.store.EventInstance;
import dev.dossier.store.StoredEvent;
import java.util.List;

/**
 * One event instance: what happened, who to whom, its time window and place, and every sentence
 * that reports it, each with its own date, hedging and source, its trigger marked and linked to
 * where it stands in its article. Counting reports here, not on the timeline, is what makes a
 * story told by ten outlets one event.
 */
final class EventPage {

  private EventPage() {}

  /**
   * @param mentions the instance's mentions, earliest first (at most {@code shown})
   * @param shown how many mentions were asked for
   */
  static String page(EventInstance instance, List<StoredEvent> mentions, int shown) {
    boolean hasTarget = instance.targetName() != null || instance.targetEntity() != null;
    String title = instance.type().name() + ": " + side(instance.sourceName(), instance.sourceEntity())
        + (hasTarget ? " → " + side(instance.targetName(), instance.targetEntity()) : "");
    return Layout.page(title, Layout.Nav.TIMELINE, "", html -> {
      html.open("header", "class", "event-page-head");
      html.open("h1");
      EventList.type(html, instance.type().name(), instance.cameo());
      html.text(" ");
      EventList.actors(html, instance.sourceName(), instance.sourceEntity(), instance.targetName(), instance.targetEntity());
      html.close("h1");
      html.open("p", "class", "meta");
      html.text(EventList.reports(instance)).text(" · ");
      html.element("a", "JSON", "href", ApiRoutes.BASE + "/events/" + Urls.eventPath(instance.id()));
      html.text(" · ").element("code", instance.id());
      html.close("p");
      html.close("header");
      facts(html, instance, mentions.isEmpty() ? null : mentions.getFirst().event());
      html.element("h2", "Reports", "id", "reports");
      html.element("p", "Every sentence that reports this event, earliest first; the trigger is marked.", "class", "muted");
      html.open("ol", "class", "mention-list");
      for (StoredEvent mention : mentions) {
        html.open("li", "class", "event");
        Event event = mention.event();
        html.open("p", "class", "event-head");
        if (mention.day() != null) {
          html.element("time", event.date() == null ? mention.day().toString() : event.date(), "datetime", mention.day().toString(), "class", "when");
          html.text(" ");
        }
        EventList.actors(html, event);
        EventList.badges(html, event);
        html.close("p");
        if (event.attribution() != null || event.mode() != null) {
          html.open("p", "class", "meta");
          if (event.mode() != null) {
            html.text("mode " + event.mode());
          }
          if (event.attribution() != null) {
            html.text(event.mode() == null ? "" : " · ");
            EventList.attribution(html, event.attribution());
          }
          html.close("p");
        }
        EventList.evidence(html, mention);
        html.close("li");
      }
      html.close("ol");
      if (mentions.size() == shown && instance.mentions() > shown) {
        html.element("p", "The first " + shown + " of " + instance.mentions() + " reports.", "class", "muted");
      }
      String actor = instance.sourceEntity() != null ? instance.sourceEntity() : instance.targetEntity();
      html.element("a", actor == null ? "Every " + instance.type().name() + " event on the timeline →"
          : instance.type().name() + " events of " + (instance.sourceEntity() != null ? side(instance.sourceName(), actor) : side(instance.targetName(), actor)) + " on the timeline →", "href",
          Urls.withQuery("/timeline", "entity", actor, "type", instance.type().name()));
    });
  }

  private static void facts(Html html, EventInstance instance, Event first) {
    html.open("dl", "class", "facts");
    fact(html, "Type", () -> html.text(instance.type().name() + (first != null && first.mode() != null ? " (" + first.mode() + ")" : "")));
    fact(html, "CAMEO", () -> html.text(instance.cameo() == null ? "none fits" : instance.cameo()));
    fact(html, "Who", () -> side(html, instance.sourceName(), instance.sourceEntity()));
    fact(html, "To whom", () -> side(html, instance.targetName(), instance.targetEntity()));
    fact(html, "When", () -> {
      if (instance.day() == null) {
        html.element("span", "undated", "class", "muted");
      } else {
        html.element("time", EventList.when(instance), "datetime", instance.day().toString());
      }
      if (instance.from() != null && !instance.from().equals(instance.to())) {
        html.text(" (window " + instance.from() + " to " + instance.to() + ")");
      }
    });
    fact(html, "Where", () -> {
      if (instance.placeName() == null) {
        html.element("span", "not said", "class", "muted");
      } else {
        EventList.actor(html, instance.placeName(), instance.placeEntity());
      }
    });
    fact(html, "Reports", () -> html.text(EventList.reports(instance)));
    html.close("dl");
  }

  private static void fact(Html html, String name, Runnable value) {
    html.open("div").element("dt", name).open("dd");
    value.run();
    html.close("dd").close("div");
  }

  private static void side(Html html, String name, String entity) {
    if (name == null && entity == null) {
      html.element("span", "not said", "class", "muted");
    } else {
      EventList.actor(html, name, entity);
    }
  }

  private static String side(String name, String entity) {
    return name != null ? name : entity != null ? entity : "someone";
  }
}
