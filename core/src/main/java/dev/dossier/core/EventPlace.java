package dev.dossier.core;

import java.util.Objects;

/**
 * Where an {@link Event} took place, as the sentence says ("in Vietnam", "to England").
 *
 * @param name the place's canonical name if it is one of the article's entities, otherwise the words
 * @param entity the in-article id of the place's entity, or {@code null}
 * @param span where the place is named in the cleaned text
 */
public record EventPlace(String name, String entity, Span span) implements Spanned {

  public EventPlace {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(span, "span");
  }
}
