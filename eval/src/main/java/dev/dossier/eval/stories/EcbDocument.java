package dev.dossier.eval.stories;

import java.util.Objects;

/**
 * One ECB+ document with its gold story.
 *
 * @param id the document's name ({@code 1_10ecb.xml})
 * @param topic the ECB+ topic, which holds two stories
 * @param story the gold story cluster ({@code 1a}, {@code 1b})
 * @param text the text, tokens joined by spaces, one sentence a line
 */
public record EcbDocument(String id, int topic, String story, String text) {

  public EcbDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(text, "text");
  }
}
