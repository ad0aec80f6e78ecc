package dev.dossier.core;

import java.util.Objects;

/**
 * Who a {@link Quote} is attributed to.
 *
 * <p>The speaker is named somewhere near the quote ({@link #span()}: "Pompeo", "he", "the agency",
 * "a former senior intelligence official") and, where the article lets Dossier tell, resolved to
 * the article's {@link Entity} it refers to ({@link #entity()}). A pronoun or a definite
 * description is resolved to an earlier speaker or entity of the article; an anonymous source
 * stays anonymous, with its description.
 *
 * @param name the speaker as a reader would name them: the resolved entity's canonical name
 *     ("Mike Pompeo" for "he"), otherwise the phrase itself without a leading article ("Russian
 *     embassy", "a former senior intelligence official")
 * @param entity the id of the article's entity in {@link Layers#ENTITIES} the speaker is, or
 *     {@code null} if the speaker is anonymous or no entity of the article fits. It is the
 *     in-article id; resolution across articles may map it to another.
 * @param anonymous true for an unnamed source ("a source familiar with the matter", "officials")
 * @param description what the article says the speaker is, or {@code null}: a title or
 *     appositive ("CIA Director", "a doctor"), the description that names an anonymous source,
 *     or the pronoun or description that was resolved ("he", "the agency")
 * @param span where the speaker is named for this quote: the phrase itself, not its antecedent
 */
public record Speaker(String name, String entity, boolean anonymous, String description, Span span) implements Spanned {

  public Speaker {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(span, "span");
    if (name.isBlank()) {
      throw new IllegalArgumentException("speaker name must not be blank");
    }
  }
}
