package dev.dossier.server.web;

import dev.dossier.core.Event;
import dev.dossier.core.EventActor;
import dev.dossier.core.EventAttribution;
import dev.dossier.core.Span;
import dev.dossier.server.api.EventsJson;
import dev.dossier.server.html.Html;
import dev.dossier.server.html.Urls;
import dev.dossier.store.EventInstance;
import dev.dossier.store.StoredEvent;
import java.util.List;
import java.util.Locale;

/**
 * Events as the pages list them: what happened (the PLOVER type and CAMEO code), who to whom, when,
 * where, whether the text denies or hedges it, according to whom, how many reports, and the
 * evidence sentence with its trigger marked, linked to where it stands in its article.
 */
final class EventList {

  private EventList() {}

  /** Instances grouped under one heading per month, in the order given (the undated last). */
  static void timeline(Html html, List<EventInstance> instances) {
    html.open("ol", "class", "timeline events");
    MonthGroups groups = new MonthGroups(html);
    for (EventInstance instance : instances) {
      groups.enter(MonthGroups.heading(when(instance), instance.day()));
      html.open("li", "class", "entry event");
      instance(html, instance);
      html.close("li");
    }
    groups.close();
    html.close("ol");
  }

  /** Instances as a plain list, in the order given. */
  static void list(Html html, List<EventInstance> instances) {
    html.open("ol", "class", "event-list");
    for (EventInstance instance : instances) {
      html.open("li", "class", "event");
      instance(html, instance);
      html.close("li");
    }
    html.close("ol");
  }

  /** One instance: its headline, its facts and its first mention as evidence. */
  static void instance(Html html, EventInstance instance) {
    StoredEvent evidence = instance.evidence();
    Event event = evidence == null ? null : evidence.event();
    html.open("p", "class", "event-head");
    if (instance.day() != null) {
      html.element("time", when(instance), "datetime", instance.day().toString(), "class", "when", "title", "placed at " + instance.day());
      html.text(" ");
    }
    type(html, instance.type().name(), instance.cameo());
    html.text(" ");
    actors(html, instance.sourceName(), instance.sourceEntity(), instance.targetName(), instance.targetEntity());
    if (event != null) {
      badges(html, event);
    }
    html.close("p");
    html.open("p", "class", "meta");
    if (instance.placeName() != null) {
      html.text("in ");
      actor(html, instance.placeName(), instance.placeEntity());
      html.text(" · ");
    }
    if (event != null && event.attribution() != null) {
      attribution(html, event.attribution());
      html.text(" · ");
    }
    html.element("a", reports(instance), "href", Urls.event(instance.id()), "class", "reports");
    html.close("p");
    if (evidence != null) {
      evidence(html, evidence);
    }
  }

  /**
   * When the instance happened at the precision its evidence gives ({@code 2014}, {@code 2018-W04},
   * {@code 2018-02-02}): its day alone would make "in 2014" the first of January.
   */
  static String when(EventInstance instance) {
    StoredEvent evidence = instance.evidence();
    if (evidence != null && evidence.event().date() != null && evidence.day() != null && evidence.day().equals(instance.day())) {
      return evidence.event().date();
    }
    return instance.day() == null ? "undated" : instance.day().toString();
  }

  /** "3 mentions in 2 articles". */
  static String reports(EventInstance instance) {
    return instance.mentions() + (instance.mentions() == 1 ? " mention" : " mentions") + " in " + instance.articles()
        + (instance.articles() == 1 ? " article" : " articles");
  }

  /** The PLOVER type as a badge, with its CAMEO code. */
  static void type(Html html, String type, String cameo) {
    html.element("span", type, "class", "event-type " + type.toLowerCase(Locale.ROOT), "title", cameo == null ? "PLOVER type" : "PLOVER type, CAMEO " + cameo);
    if (cameo != null) {
      html.text(" ").element("span", "CAMEO " + cameo, "class", "cameo muted");
    }
  }

  /** "source → target", each linked to its dossier when it is an entity; a missing side is said to be unnamed. */
  static void actors(Html html, String sourceName, String sourceEntity, String targetName, String targetEntity) {
    html.open("span", "class", "actors");
    if (sourceName == null && sourceEntity == null) {
      html.element("span", "someone", "class", "muted", "title", "The text does not say who");
    } else {
      actor(html, sourceName, sourceEntity);
    }
    if (targetName != null || targetEntity != null) {
      html.text(" → ");
      actor(html, targetName, targetEntity);
    }
    html.close("span");
  }

  static void actor(Html html, String name, String entity) {
    String shown = name == null ? entity : name;
    if (entity == null) {
      html.element("span", shown, "class", "actor");
    } else {
      html.element("a", shown, "class", "actor", "href", Urls.entity(entity));
    }
  }

  /** The actors of one mention, by its own words for them. */
  static void actors(Html html, Event event) {
    EventActor source = event.source();
    EventActor target = event.target();
    actors(html, source == null ? null : source.name(), source == null ? null : source.entity(), target == null ? null : target.name(),
        target == null ? null : target.entity());
  }

  /** "negated" and "hedged", when the text says it did not happen or only may have. */
  static void badges(Html html, Event event) {
    if (event.negated()) {
      html.text(" ").element("span", "negated", "class", "badge negated", "title", "The text says it did not happen");
    }
    if (event.hedged()) {
      html.text(" ").element("span", "hedged", "class", "badge hedged", "title", "The text says it only may have happened (allegedly, could)");
    }
    if (event.quote() != null) {
      html.text(" ").element("span", "statement", "class", "badge statement", "title", "A statement: the event is what a quote does");
    }
  }

  /** "according to X", linked to X's dossier when X is an entity. */
  static void attribution(Html html, EventAttribution attribution) {
    html.text("according to ");
    actor(html, attribution.name(), attribution.entity());
    if (attribution.anonymous()) {
      html.text(" ").element("span", "anonymous", "class", "badge");
    }
  }

  /** The evidence sentence, its trigger marked, and its article, linked to the sentence in it. */
  static void evidence(Html html, StoredEvent mention) {
    Event event = mention.event();
    html.open("blockquote", "class", "evidence-sentence");
    Span sentence = event.sentence();
    if (EventsJson.inSentence(mention, event.span()) != null) {
      Format.highlighted(html, mention.sentence(), List.of(new Span(event.span().start() - sentence.start(), event.span().end() - sentence.start())));
    } else {
      html.text(mention.sentence());
    }
    html.close("blockquote");
    html.open("p", "class", "meta");
    html.element("a", mention.title().isBlank() ? "(untitled)" : mention.title(), "href", FindingMarks.spanLink(mention.articleId(), sentence));
    html.text(" · ");
    Format.time(html, mention.published());
    html.close("p");
  }
}
