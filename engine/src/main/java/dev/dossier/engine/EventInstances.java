package dev.dossier.engine;

import dev.dossier.core.DatePeriods;
import dev.dossier.core.Doc;
import dev.dossier.core.EntityLinks;
import dev.dossier.core.Event;
import dev.dossier.core.EventActor;
import dev.dossier.core.EventLink;
import dev.dossier.core.Layers;
import dev.dossier.core.Producer;
import dev.dossier.store.EventInstance;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The engine's cross-document event step: merges the mentions of one real-world event, in several
 * sentences and articles, into one event instance, so that counts are of events, not of reports.
 * Invoked once per batch after entity resolution (it compares resolved actors) and before the
 * commit, so the instance links (the {@link Layers#EVENT_LINKS} layer) commit with their articles.
 * {@code analyze} merges across its inputs the same way in memory.
 *
 * <h2>When two mentions are one event</h2>
 *
 * <ul>
 *   <li>The same PLOVER type, the same negation, and the same actors: each side's resolved entity
 *       (or, for an unnamed actor, its country's entity and its sector, or else its words); for
 *       meetings and cooperation the sides may be swapped. A mention with neither actor is an event
 *       of its own.
 *   <li>Time windows that overlap, give or take {@link #SLACK_DAYS} days: a mention's window is the
 *       period of the date its sentence gives it ("last week", "in 2014"), or the week before
 *       publication when the sentence gives none; an instance's window is the union of its
 *       mentions', never longer than {@link #MAX_WINDOW_DAYS} days, so vague dates do not chain
 *       months of events into one.
 *   <li>No two different places.
 * </ul>
 *
 * <p>An instance's id is made from its first mention (type, actors, first day) and never changes.
 * Not thread-safe: one batch at a time.
 */
final class EventInstances {

  /** The producer recorded on the event links. */
  static final Producer PRODUCER = new Producer("event-instances", 1);

  static final int SLACK_DAYS = 3;
  static final int MAX_WINDOW_DAYS = 62;
  /** How far before publication an undated mention may refer to. */
  static final int UNDATED_DAYS = 7;

  /** What the step remembers of instances: those stored, and those of the batch so far. */
  interface Memory {

    /** The instances under a key. */
    List<EventInstance.State> byKey(String key);

    /** True if the id is taken. */
    boolean exists(String id);

    /** Remembers an instance (new, or with a wider window) for the rest of the batch. */
    void record(EventInstance.State state);
  }

  /** A memory of the instances seen through it alone: for {@code analyze}, and over a batch on top of the store's. */
  static final class InMemory implements Memory {
    private final Memory below;
    private final Map<String, Map<String, EventInstance.State>> byKey = new HashMap<>();
    private final Set<String> ids = new HashSet<>();

    InMemory(Memory below) {
      this.below = below;
    }

    @Override
    public List<EventInstance.State> byKey(String key) {
      Map<String, EventInstance.State> states = new java.util.LinkedHashMap<>();
      if (below != null) {
        below.byKey(key).forEach(state -> states.put(state.id(), state));
      }
      states.putAll(byKey.getOrDefault(key, Map.of()));
      return new ArrayList<>(states.values());
    }

    @Override
    public boolean exists(String id) {
      return ids.contains(id) || below != null && below.exists(id);
    }

    @Override
    public void record(EventInstance.State state) {
      ids.add(state.id());
      byKey.computeIfAbsent(state.key(), k -> new java.util.LinkedHashMap<>()).put(state.id(), state);
    }
  }

  /** Links each event of the document to an instance, recording new and widened instances in the memory. */
  Doc link(Doc doc, Memory memory) {
    if (!doc.has(Layers.EVENTS)) {
      return doc;
    }
    List<EventLink> links = new ArrayList<>();
    for (Event event : doc.get(Layers.EVENTS)) {
      String key = key(doc, event);
      LocalDate[] window = window(doc, event);
      EventInstance.State match = null;
      if (!key.endsWith("|-|-") && window != null) {
        for (EventInstance.State candidate : memory.byKey(key)) {
          if (fits(candidate, window, place(doc, event))) {
            match = candidate;
            break;
          }
        }
      }
      EventInstance.State state;
      if (match != null) {
        state = new EventInstance.State(match.id(), key, min(match.from(), window[0]), max(match.to(), window[1]),
            match.placeEntity() != null ? match.placeEntity() : place(doc, event));
      } else {
        state = new EventInstance.State(newId(doc, event, window, memory), key, window == null ? null : window[0], window == null ? null : window[1], place(doc, event));
      }
      memory.record(state);
      links.add(new EventLink(event.id(), state.id(), key, window == null ? null : window[0], window == null ? null : window[1]));
    }
    return doc.with(Layers.EVENT_LINKS, links, PRODUCER);
  }

  private static boolean fits(EventInstance.State instance, LocalDate[] window, String place) {
    if (instance.from() == null || instance.to() == null) {
      return false;
    }
    if (place != null && instance.placeEntity() != null && !place.equals(instance.placeEntity())) {
      return false;
    }
    boolean overlaps = !window[0].isAfter(instance.to().plusDays(SLACK_DAYS)) && !window[1].isBefore(instance.from().minusDays(SLACK_DAYS));
    return overlaps && ChronoUnit.DAYS.between(min(instance.from(), window[0]), max(instance.to(), window[1])) <= MAX_WINDOW_DAYS;
  }

  /** The key mentions of one event share: type, the two sides (in order, or sorted for mutual types), negation. */
  static String key(Doc doc, Event event) {
    String source = actorKey(doc, event.source());
    String target = actorKey(doc, event.target());
    if (event.type().isMutual() && source.compareTo(target) > 0) {
      String swap = source;
      source = target;
      target = swap;
    }
    return event.type().name() + (event.negated() ? "!" : "") + "|" + source + "|" + target;
  }

  private static String actorKey(Doc doc, EventActor actor) {
    if (actor == null) {
      return "-";
    }
    String entity = actor.entity() == null ? null : EntityLinks.resolvedId(doc, actor.entity()).orElse(null);
    if (entity != null && (actor.countryEntity() == null || !actor.entity().equals(actor.countryEntity()) || actor.sector() == null)) {
      return entity;
    }
    String country = actor.countryEntity() == null ? null : EntityLinks.resolvedId(doc, actor.countryEntity()).orElse(null);
    if (country == null && actor.country() != null) {
      country = "country:" + actor.country().toLowerCase(Locale.ROOT);
    }
    if (country != null) {
      return country + (actor.sector() == null ? "" : "/" + actor.sector());
    }
    return "name:" + actor.name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static String place(Doc doc, Event event) {
    return event.place() == null || event.place().entity() == null ? null : EntityLinks.resolvedId(doc, event.place().entity()).orElse(null);
  }

  /** The days a mention may refer to: its date's period, or the week up to publication; null if neither is known. */
  static LocalDate[] window(Doc doc, Event event) {
    if (event.dateSpan() != null) {
      LocalDate first = DatePeriods.first(event.date());
      LocalDate last = DatePeriods.last(event.date());
      if (first != null) {
        return new LocalDate[] {first, last};
      }
    }
    LocalDate published = doc.article().published();
    return published == null ? null : new LocalDate[] {published.minusDays(UNDATED_DAYS), published};
  }

  private static String newId(Doc doc, Event event, LocalDate[] window, Memory memory) {
    String base = event.type().name().toLowerCase(Locale.ROOT) + "/" + slug(event.source()) + "/" + slug(event.target()) + "/"
        + (window == null ? "undated" : event.dateSpan() != null ? window[0].toString() : "reported-" + window[1]);
    String id = base;
    for (int n = 2; memory.exists(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  private static String slug(EventActor actor) {
    if (actor == null) {
      return "-";
    }
    String slug = actor.name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > 40) {
      slug = slug.substring(0, 40).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? "-" : slug;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }
}
