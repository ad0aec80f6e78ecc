package dev.dossier.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.core.Event;
import dev.dossier.core.EventActor;
import dev.dossier.core.EventAttribution;
import dev.dossier.core.EventPlace;
import dev.dossier.core.Span;
import dev.dossier.store.EventInstance;
import dev.dossier.store.StoredEvent;
import java.util.List;

/**
 * The JSON of events: an instance (one real-world event, however many sentences report it) and a
 * mention (one sentence of one article that reports it). Field names are a contract, documented in
 * {@code openapi.json}; a mention's fields are those of the {@code events} of the analyze contract
 * with its article, its day and its instance. Offsets are half-open {@code [start, end)} into the
 * article's cleaned text. Thread-safe.
 */
public final class EventsJson {

  private EventsJson() {}

  /**
   * An instance: type, CAMEO code, its actors and place by their resolved entity ids, its day and
   * time window, its mention counts, and its first mention as evidence. Negation, hedging and
   * attribution are the evidence's (negation is part of what merges mentions, so all agree on it).
   */
  public static ObjectNode instance(EventInstance instance) {
    StoredEvent evidence = instance.evidence();
    Event event = evidence == null ? null : evidence.event();
    ObjectNode json = ApiJson.mapper().createObjectNode();
    json.put("id", instance.id()).put("type", instance.type().name()).put("cameo", instance.cameo()).put("mode", event == null ? null : event.mode());
    side(json, "source", instance.sourceName(), instance.sourceEntity(), event == null ? null : event.source());
    side(json, "target", instance.targetName(), instance.targetEntity(), event == null ? null : event.target());
    json.put("day", ApiJson.iso(instance.day())).put("from", ApiJson.iso(instance.from())).put("to", ApiJson.iso(instance.to()));
    if (instance.placeName() == null) {
      json.putNull("place");
    } else {
      json.putObject("place").put("name", instance.placeName()).put("entity", instance.placeEntity());
    }
    json.put("negated", event != null && event.negated()).put("hedged", event != null && event.hedged());
    EventAttribution attribution = event == null ? null : event.attribution();
    if (attribution == null) {
      json.putNull("attribution");
    } else {
      json.putObject("attribution").put("name", attribution.name()).put("entity", attribution.entity()).put("anonymous", attribution.anonymous());
    }
    json.put("mentions", instance.mentions()).put("articles", instance.articles());
    if (evidence == null) {
      json.putNull("evidence");
    } else {
      json.set("evidence", mention(evidence));
    }
    return json;
  }

  public static ArrayNode instances(List<EventInstance> instances) {
    ArrayNode array = ApiJson.mapper().createArrayNode();
    instances.forEach(instance -> array.add(instance(instance)));
    return array;
  }

  /** {@code {limit, offset, events}}: a page of instances. */
  public static ObjectNode page(List<EventInstance> instances, int limit, int offset) {
    ObjectNode json = ApiJson.mapper().createObjectNode().put("limit", limit).put("offset", offset);
    json.set("events", instances(instances));
    return json;
  }

  /** An instance with its mentions, earliest first. */
  public static ObjectNode withMentions(EventInstance instance, List<StoredEvent> mentions) {
    ObjectNode json = instance(instance);
    ArrayNode list = json.putArray("mentionList");
    mentions.forEach(mention -> list.add(mention(mention)));
    return json;
  }

  /**
   * One sentence reporting an event: its article, the day it places the event at, its instance,
   * and the event as the analyze contract writes it (texts cut from the evidence sentence).
   */
  public static ObjectNode mention(StoredEvent stored) {
    Event event = stored.event();
    ObjectNode json = ApiJson.mapper().createObjectNode();
    json.putObject("article").put("id", stored.articleId()).put("title", stored.title()).put("published", ApiJson.iso(stored.published()));
    json.put("instance", stored.instanceId()).put("mention", event.id()).put("day", ApiJson.iso(stored.day()));
    json.put("type", event.type().name()).put("cameo", event.cameo()).put("mode", event.mode());
    actor(json, "source", event.source(), stored);
    actor(json, "target", event.target(), stored);
    json.put("date", event.date()).put("dateText", event.dateSpan() == null ? null : inSentence(stored, event.dateSpan()));
    EventPlace place = event.place();
    if (place == null) {
      json.putNull("place");
    } else {
      json.putObject("place").put("name", place.name()).put("entity", place.entity()).put("start", place.span().start()).put("end", place.span().end());
    }
    json.put("negated", event.negated()).put("hedged", event.hedged());
    EventAttribution attribution = event.attribution();
    if (attribution == null) {
      json.putNull("attribution");
    } else {
      ObjectNode by = json.putObject("attribution").put("name", attribution.name()).put("entity", attribution.entity()).put("anonymous", attribution.anonymous())
          .put("text", inSentence(stored, attribution.span())).put("start", attribution.span().start()).put("end", attribution.span().end());
      span(by, "quote", attribution.quote());
    }
    span(json, "quote", event.quote());
    json.put("main", event.main());
    json.put("trigger", inSentence(stored, event.span()));
    json.put("sentence", stored.sentence()).put("sentenceStart", event.sentence().start()).put("sentenceEnd", event.sentence().end());
    json.put("start", event.span().start()).put("end", event.span().end());
    return json;
  }

  /**
   * The words of a span inside the mention's sentence, or {@code null} if it lies outside (an
   * attribution read from a quote in another sentence): the stored sentence is the text between
   * its offsets, line breaks as spaces.
   */
  public static String inSentence(StoredEvent stored, Span span) {
    Span sentence = stored.event().sentence();
    if (span.start() < sentence.start() || span.end() > sentence.end() || sentence.end() - sentence.start() != stored.sentence().length()) {
      return null;
    }
    return stored.sentence().substring(span.start() - sentence.start(), span.end() - sentence.start());
  }

  private static void side(ObjectNode json, String field, String name, String entity, EventActor actor) {
    if (name == null && entity == null) {
      json.putNull(field);
      return;
    }
    json.putObject(field).put("name", name).put("entity", entity).put("country", actor == null ? null : actor.country())
        .put("sector", actor == null ? null : actor.sector());
  }

  private static void actor(ObjectNode json, String field, EventActor actor, StoredEvent stored) {
    if (actor == null) {
      json.putNull(field);
      return;
    }
    json.putObject(field).put("name", actor.name()).put("entity", actor.entity()).put("country", actor.country()).put("sector", actor.sector())
        .put("text", inSentence(stored, actor.span())).put("start", actor.span().start()).put("end", actor.span().end());
  }

  private static void span(ObjectNode json, String field, Span span) {
    if (span == null) {
      json.putNull(field);
    } else {
      json.putObject(field).put("start", span.start()).put("end", span.end());
    }
  }
}
