package dev.dossier.store;

import dev.dossier.core.EventType;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One real-world event as the store knows it: the mentions of it merged across sentences and
 * articles, named by its first mention.
 *
 * @param id the instance's stable id
 * @param type its PLOVER type
 * @param cameo its CAMEO code, or {@code null}
 * @param sourceName who acted, as the first mention names it, or {@code null}
 * @param sourceEntity the resolved id of the source (or of its country), or {@code null}
 * @param targetName whom it was done to, or {@code null}
 * @param targetEntity the resolved id of the target (or of its country), or {@code null}
 * @param placeName where, or {@code null}
 * @param placeEntity the resolved id of the place, or {@code null}
 * @param day the day it is placed at: the earliest day a mention states, else the earliest publication
 * @param from the start of its time window (the union of its mentions' windows), or {@code null}
 * @param to the end of its time window, or {@code null}
 * @param mentions how many sentences mention it
 * @param articles in how many articles
 * @param evidence its first mention
 */
public record EventInstance(
    String id,
    EventType type,
    String cameo,
    String sourceName,
    String sourceEntity,
    String targetName,
    String targetEntity,
    String placeName,
    String placeEntity,
    LocalDate day,
    LocalDate from,
    LocalDate to,
    int mentions,
    int articles,
    StoredEvent evidence) {

  public EventInstance {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
  }

  /** What the engine matches new mentions against: the instance's key and time window. */
  public record State(String id, String key, LocalDate from, LocalDate to, String placeEntity) {}
}
