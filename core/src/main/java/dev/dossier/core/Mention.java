package dev.dossier.core;

import java.util.Objects;

/**
 * A stretch of text that names an entity ("Trump", "the CIA"). A mention is not an entity:
 * grouping and resolution link mentions to {@link Entity entities}.
 *
 * @param span where the mention stands in the cleaned text
 * @param text the covered text, equal to {@code span.of(doc.text())}
 * @param type the type the recogniser gave it
 */
public record Mention(Span span, String text, EntityType type) implements Spanned {

  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("mention text '" + text + "' does not fit span " + span);
    }
  }
}
