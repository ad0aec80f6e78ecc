package dev.dossier.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which real-world event one of an article's {@link Event events} is a mention of: the instance
 * the engine merged it into, with the mentions of the same event in other sentences and articles
 * (same type, same actors, a compatible place and time).
 *
 * @param eventId the event's id within its article, as in {@link Layers#EVENTS}
 * @param instanceId the corpus-wide id of the event instance, stable once given
 * @param key what the engine compares to merge mentions: the type, the resolved actors and the
 *     negation, as text ({@code CONSULT|person:sergey-naryshkin|location:united-states|})
 * @param from the first day the mention may refer to: the start of its date's period, or a week
 *     before publication when the sentence gives no date; {@code null} if neither is known
 * @param to the last such day, {@code null} with {@code from}
 */
public record EventLink(String eventId, String instanceId, String key, LocalDate from, LocalDate to) {

  public EventLink {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(instanceId, "instanceId");
    Objects.requireNonNull(key, "key");
    if ((from == null) != (to == null) || from != null && to.isBefore(from)) {
      throw new IllegalArgumentException("an event link's window needs both ends in order, was " + from + " to " + to);
    }
  }
}
