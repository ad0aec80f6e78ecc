package dev.dossier.core;

import java.util.Objects;

/**
 * Who an article says reports an {@link Event}: "CNN reported", "according to officials", "a
 * Jordanian official confirmed". The event is then a claim of that source, not the writer's own.
 *
 * @param name the reporting source as a reader would name it ("CNN", "officials")
 * @param entity the in-article id of the source's entity, or {@code null} (anonymous sources have none)
 * @param anonymous true for an unnamed source ("officials", "a source familiar with the matter")
 * @param span where the source is named
 * @param quote the span of the {@link Quote} in {@link Layers#QUOTES} that reports the event, or
 *     {@code null} if the attribution was read from the sentence alone
 */
public record EventAttribution(String name, String entity, boolean anonymous, Span span, Span quote) implements Spanned {

  public EventAttribution {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(span, "span");
  }
}
