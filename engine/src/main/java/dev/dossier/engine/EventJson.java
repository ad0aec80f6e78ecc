package dev.dossier.engine;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.core.Doc;
import dev.dossier.core.EntityLinks;
import dev.dossier.core.Event;
import dev.dossier.core.EventActor;
import dev.dossier.core.EventAttribution;
import dev.dossier.core.EventLink;
import dev.dossier.core.EventPlace;
import dev.dossier.core.Layers;
import dev.dossier.core.Span;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code events} of {@link DocJson}: each event with its instance id, type, CAMEO code and
 * mode, its two actors, date, place, negation, hedging, attribution, the quote that carries it, its
 * trigger and its evidence sentence. Entity ids are translated to the resolved ones, as everywhere
 * in the contract. Thread-safe.
 */
final class EventJson {

  private EventJson() {}

  static void write(Doc doc, ArrayNode events) {
    if (!doc.has(Layers.EVENTS)) {
      return;
    }
    Map<String, EventLink> links = new HashMap<>();
    if (doc.has(Layers.EVENT_LINKS)) {
      doc.get(Layers.EVENT_LINKS).forEach(link -> links.put(link.eventId(), link));
    }
    String text = doc.text();
    for (Event event : doc.get(Layers.EVENTS)) {
      EventLink link = links.get(event.id());
      ObjectNode node = events.addObject();
      node.put("id", link == null ? event.id() : link.instanceId());
      node.put("mention", event.id());
      node.put("type", event.type().name());
      node.put("cameo", event.cameo());
      node.put("mode", event.mode());
      actor(node, "source", event.source(), doc);
      actor(node, "target", event.target(), doc);
      node.put("date", event.date());
      node.put("dateText", event.dateSpan() == null ? null : event.dateSpan().of(text));
      EventPlace place = event.place();
      if (place == null) {
        node.putNull("place");
      } else {
        node.putObject("place").put("name", place.name()).put("entity", resolved(doc, place.entity())).put("start", place.span().start()).put("end", place.span().end());
      }
      node.put("negated", event.negated());
      node.put("hedged", event.hedged());
      EventAttribution attribution = event.attribution();
      if (attribution == null) {
        node.putNull("attribution");
      } else {
        ObjectNode by = node.putObject("attribution").put("name", attribution.name()).put("entity", resolved(doc, attribution.entity()))
            .put("anonymous", attribution.anonymous()).put("text", attribution.span().of(text)).put("start", attribution.span().start())
            .put("end", attribution.span().end());
        span(by, "quote", attribution.quote());
      }
      span(node, "quote", event.quote());
      node.put("main", event.main());
      node.put("trigger", event.span().of(text));
      node.put("sentence", event.sentence().of(text).replace('\n', ' '));
      node.put("sentenceStart", event.sentence().start());
      node.put("sentenceEnd", event.sentence().end());
      node.put("start", event.span().start());
      node.put("end", event.span().end());
    }
  }

  private static void actor(ObjectNode node, String field, EventActor actor, Doc doc) {
    if (actor == null) {
      node.putNull(field);
      return;
    }
    node.putObject(field)
        .put("name", actor.name())
        .put("entity", resolved(doc, actor.entity()))
        .put("country", actor.country())
        .put("sector", actor.sector())
        .put("text", actor.span().of(doc.text()))
        .put("start", actor.span().start())
        .put("end", actor.span().end());
  }

  private static void span(ObjectNode node, String field, Span span) {
    if (span == null) {
      node.putNull(field);
    } else {
      node.putObject(field).put("start", span.start()).put("end", span.end());
    }
  }

  private static String resolved(Doc doc, String entity) {
    return entity == null ? null : EntityLinks.resolvedId(doc, entity).orElse(null);
  }
}
