package dev.dossier.eval.ner;

import java.util.List;
import java.util.Objects;

/**
 * One kind of error and how often a system made it, with a few examples.
 *
 * @param kind how the name went wrong
 * @param gold the gold type, or {@code O} for a spurious name
 * @param predicted the type the system gave (of the first overlapping name for {@link
 *     ErrorKind#WRONG_SPAN}), or {@code O} for a missed name
 * @param count how many times
 * @param examples up to a few occurrences with some words of context: the gold name in
 *     {@code [brackets]} (the predicted one for a spurious name), and what was predicted after an
 *     arrow when the span was wrong
 */
public record Confusion(ErrorKind kind, String gold, String predicted, int count, List<String> examples) {

  public Confusion {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    examples = List.copyOf(examples);
  }

  /** A short label such as {@code LOC → ORG (wrong type)}. */
  public String label() {
    return gold + " → " + predicted + " (" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")";
  }
}
