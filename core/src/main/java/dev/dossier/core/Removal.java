package dev.dossier.core;

import java.util.Objects;

/**
 * A piece of source text that cleaning removed, kept so that nothing disappears silently.
 *
 * @param text the removed text, as it stood in the source
 * @param reason why it was removed: a short code from the cleaner's vocabulary, such as
 *     {@code link-spam}, {@code boilerplate}, {@code share-prompt} or {@code repeated-paragraph}
 * @param at the offset in the cleaned text where the removed text used to stand, so a viewer can
 *     show it in place; {@code 0 <= at <= text length}
 */
public record Removal(String text, String reason, int at) {

  public Removal {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reason, "reason");
    if (at < 0) {
      throw new IllegalArgumentException("removal offset must be >= 0, was " + at);
    }
  }
}
