package dev.dossier.store;

import dev.dossier.core.DatePeriods;
import dev.dossier.core.Doc;
import dev.dossier.core.EntityLinks;
import dev.dossier.core.Event;
import dev.dossier.core.EventActor;
import dev.dossier.core.EventAttribution;
import dev.dossier.core.EventLink;
import dev.dossier.core.EventPlace;
import dev.dossier.core.EventType;
import dev.dossier.core.Layers;
import dev.dossier.core.Span;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * How an {@link Event} is kept in the {@code events} table and read back. Each actor, place and
 * attribution is kept with its in-article entity id (so the layer can be rebuilt as the pipeline
 * wrote it) and the resolved id it translates to in this article (so queries by entity find it in
 * every article). {@code day} is the first day of the period the sentence's date denotes, or the
 * publication date when it gives none: the day the event is placed at.
 */
final class EventRows {

  static final List<String> COLUMNS =
      List.of(
          "article_id", "local_id", "ord", "instance_id", "instance_key", "window_from", "window_to", "type", "cameo", "mode", "start_offset",
          "end_offset", "sentence_start", "sentence_end", "sentence", "source_name", "source_local", "source_entity", "source_country",
          "source_country_local", "source_country_entity", "source_sector", "source_start", "source_end", "target_name", "target_local",
          "target_entity", "target_country", "target_country_local", "target_country_entity", "target_sector", "target_start", "target_end", "date",
          "date_start", "date_end", "day", "place_name", "place_local", "place_entity", "place_start", "place_end", "negated", "hedged", "main",
          "attribution_name", "attribution_local", "attribution_entity", "attribution_anonymous", "attribution_start", "attribution_end",
          "attribution_quote_start", "attribution_quote_end", "quote_start", "quote_end", "published", "producer");

  static final String INSERT =
      "INSERT INTO events (" + String.join(", ", COLUMNS) + ") VALUES (" + String.join(", ", Collections.nCopies(COLUMNS.size(), "?")) + ")";

  /** The columns {@link #read} expects, prefixed by the article's title: {@code e.*} in {@link #COLUMNS} order, then the title. */
  static final String SELECT = "SELECT " + String.join(", ", COLUMNS.stream().map(c -> "e." + c).toList()) + ", a.title FROM events e JOIN articles a ON a.id = e.article_id";

  private EventRows() {}

  static void add(PreparedStatement insert, Doc doc, String producer) throws SQLException {
    Map<String, EventLink> links = new java.util.HashMap<>();
    if (doc.has(Layers.EVENT_LINKS)) {
      for (EventLink link : doc.get(Layers.EVENT_LINKS)) {
        links.put(link.eventId(), link);
      }
    }
    String published = doc.article().published() == null ? null : doc.article().published().toString();
    int ord = 0;
    for (Event event : doc.get(Layers.EVENTS)) {
      EventLink link = links.get(event.id());
      List<Object> values = new ArrayList<>(COLUMNS.size());
      values.add(doc.id());
      values.add(event.id());
      values.add(ord++);
      values.add(link == null ? null : link.instanceId());
      values.add(link == null ? null : link.key());
      values.add(link == null || link.from() == null ? null : link.from().toString());
      values.add(link == null || link.to() == null ? null : link.to().toString());
      values.add(event.type().name());
      values.add(event.cameo());
      values.add(event.mode());
      values.add(event.span().start());
      values.add(event.span().end());
      values.add(event.sentence().start());
      values.add(event.sentence().end());
      values.add(event.sentence().of(doc.text()).replace('\n', ' '));
      actor(values, doc, event.source());
      actor(values, doc, event.target());
      values.add(event.date());
      values.add(event.dateSpan() == null ? null : event.dateSpan().start());
      values.add(event.dateSpan() == null ? null : event.dateSpan().end());
      LocalDate day = event.dateSpan() != null ? DatePeriods.first(event.date()) : doc.article().published();
      values.add(day == null ? null : day.toString());
      EventPlace place = event.place();
      values.add(place == null ? null : place.name());
      values.add(place == null ? null : place.entity());
      values.add(place == null || place.entity() == null ? null : EntityLinks.resolvedId(doc, place.entity()).orElse(null));
      values.add(place == null ? null : place.span().start());
      values.add(place == null ? null : place.span().end());
      values.add(event.negated() ? 1 : 0);
      values.add(event.hedged() ? 1 : 0);
      values.add(event.main() ? 1 : 0);
      EventAttribution attribution = event.attribution();
      values.add(attribution == null ? null : attribution.name());
      values.add(attribution == null ? null : attribution.entity());
      values.add(attribution == null || attribution.entity() == null ? null : EntityLinks.resolvedId(doc, attribution.entity()).orElse(null));
      values.add(attribution == null ? null : attribution.anonymous() ? 1 : 0);
      values.add(attribution == null ? null : attribution.span().start());
      values.add(attribution == null ? null : attribution.span().end());
      values.add(attribution == null || attribution.quote() == null ? null : attribution.quote().start());
      values.add(attribution == null || attribution.quote() == null ? null : attribution.quote().end());
      values.add(event.quote() == null ? null : event.quote().start());
      values.add(event.quote() == null ? null : event.quote().end());
      values.add(published);
      values.add(producer);
      for (int i = 0; i < values.size(); i++) {
        Object value = values.get(i);
        if (value == null) {
          insert.setNull(i + 1, Types.VARCHAR);
        } else {
          insert.setObject(i + 1, value);
        }
      }
      insert.addBatch();
    }
  }

  private static void actor(List<Object> values, Doc doc, EventActor actor) {
    values.add(actor == null ? null : actor.name());
    values.add(actor == null ? null : actor.entity());
    values.add(actor == null || actor.entity() == null ? null : EntityLinks.resolvedId(doc, actor.entity()).orElse(null));
    values.add(actor == null ? null : actor.country());
    values.add(actor == null ? null : actor.countryEntity());
    values.add(actor == null || actor.countryEntity() == null ? null : EntityLinks.resolvedId(doc, actor.countryEntity()).orElse(null));
    values.add(actor == null ? null : actor.sector());
    values.add(actor == null ? null : actor.span().start());
    values.add(actor == null ? null : actor.span().end());
  }

  /** The event on the current row of a {@link #SELECT}, as the pipeline wrote it (in-article ids) or resolved (corpus-wide ids). */
  static Event event(ResultSet row, boolean resolved) throws SQLException {
    return new Event(
        row.getString("local_id"),
        new Span(row.getInt("start_offset"), row.getInt("end_offset")),
        EventType.valueOf(row.getString("type")),
        row.getString("cameo"),
        row.getString("mode"),
        actor(row, "source", resolved),
        actor(row, "target", resolved),
        new Span(row.getInt("sentence_start"), row.getInt("sentence_end")),
        row.getString("date"),
        span(row, "date_start", "date_end"),
        place(row, resolved),
        row.getInt("negated") == 1,
        row.getInt("hedged") == 1,
        attribution(row, resolved),
        span(row, "quote_start", "quote_end"),
        row.getInt("main") == 1);
  }

  /** The instance link on the current row, or null if the event was stored without one. */
  static EventLink link(ResultSet row) throws SQLException {
    String instance = row.getString("instance_id");
    if (instance == null) {
      return null;
    }
    return new EventLink(row.getString("local_id"), instance, row.getString("instance_key") == null ? "" : row.getString("instance_key"),
        ArticleReader.date(row.getString("window_from")), ArticleReader.date(row.getString("window_to")));
  }

  private static EventActor actor(ResultSet row, String side, boolean resolved) throws SQLException {
    String name = row.getString(side + "_name");
    if (name == null) {
      return null;
    }
    String entity = row.getString(side + (resolved ? "_entity" : "_local"));
    String countryEntity = row.getString(side + (resolved ? "_country_entity" : "_country_local"));
    return new EventActor(name, entity, row.getString(side + "_country"), countryEntity, row.getString(side + "_sector"),
        new Span(row.getInt(side + "_start"), row.getInt(side + "_end")));
  }

  private static EventPlace place(ResultSet row, boolean resolved) throws SQLException {
    String name = row.getString("place_name");
    return name == null ? null : new EventPlace(name, row.getString(resolved ? "place_entity" : "place_local"), new Span(row.getInt("place_start"), row.getInt("place_end")));
  }

  private static EventAttribution attribution(ResultSet row, boolean resolved) throws SQLException {
    String name = row.getString("attribution_name");
    if (name == null) {
      return null;
    }
    return new EventAttribution(name, row.getString(resolved ? "attribution_entity" : "attribution_local"), row.getInt("attribution_anonymous") == 1,
        new Span(row.getInt("attribution_start"), row.getInt("attribution_end")), span(row, "attribution_quote_start", "attribution_quote_end"));
  }

  private static Span span(ResultSet row, String start, String end) throws SQLException {
    int from = row.getInt(start);
    if (row.wasNull()) {
      return null;
    }
    return new Span(from, row.getInt(end));
  }
}
