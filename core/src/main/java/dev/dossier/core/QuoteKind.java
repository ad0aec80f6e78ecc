package dev.dossier.core;

import java.util.Locale;

/** How a {@link Quote} renders what its speaker said. */
public enum QuoteKind {
  /** The speaker's words inside quotation marks, as a sentence or more: {@code "We were there," she said.} */
  DIRECT,
  /** A few quoted words inside the writer's own sentence: {@code there was nothing "untoward" about it}. */
  PARTIAL,
  /** Reported speech without quotation marks: {@code Pompeo said he does not back away from hard issues}. */
  REPORTED;

  /** The lower-case name used in JSON and in the store: {@code direct}, {@code partial}, {@code reported}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a {@link #label()} case-insensitively.
   *
   * @throws IllegalArgumentException naming the value and the accepted labels if it is none of them
   */
  public static QuoteKind parse(String label) {
    try {
      return valueOf(label.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown quote kind '" + label + "': expected direct, partial or reported", e);
    }
  }
}
