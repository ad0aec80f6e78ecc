package dev.dossier.eval.ner;

import java.util.Objects;

/**
 * A named entity as token indexes into one sentence: the unit that is scored.
 *
 * @param start first token, inclusive
 * @param end token after the last, exclusive
 * @param type the CoNLL type: {@code PER}, {@code ORG}, {@code LOC} or {@code MISC}
 */
public record EntitySpan(int start, int end, String type) {

  public EntitySpan {
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("invalid entity token range [" + start + ", " + end + ")");
    }
  }

  /** True if the two spans share a token. */
  public boolean overlaps(EntitySpan other) {
    return start < other.end && other.start < end;
  }

  /** True if the two spans cover the same tokens, whatever their types. */
  public boolean sameTokens(EntitySpan other) {
    return start == other.start && end == other.end;
  }
}
