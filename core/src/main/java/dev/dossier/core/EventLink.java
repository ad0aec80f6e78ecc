package dev.dossier.core;

import java.util.Objects;

/**
 * Which real-world event one of an article's {@link Event events} is a mention of: the instance
 * the engine merged it into, with the mentions of the same event in other sentences and articles
 * (same type, same actors, a compatible place and time).
 *
 * @param eventId the event's id within its article, as in {@link Layers#EVENTS}
 * @param instanceId the corpus-wide id of the event instance, stable once given
 */
public record EventLink(String eventId, String instanceId) {

  public EventLink {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(instanceId, "instanceId");
  }
}
