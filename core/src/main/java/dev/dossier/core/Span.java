package dev.dossier.core;

/**
 * A half-open character range {@code [start, end)} into a {@link Doc}'s cleaned text.
 *
 * <p>This is the one offset convention in Dossier: every mention, date, quote and event points
 * into the cleaned text of its article with a span, so {@code doc.text().substring(start, end)}
 * is always the covered text. Spans are immutable and thread-safe.
 *
 * @param start first character, inclusive, {@code >= 0}
 * @param end character after the last one, exclusive, {@code >= start}
 */
public record Span(int start, int end) implements Comparable<Span> {

  /** An empty span past any text: sorts after every real one. */
  static final Span EMPTY_AT_END = new Span(Integer.MAX_VALUE, Integer.MAX_VALUE);

  /**
   * @throws IllegalArgumentException if {@code start < 0} or {@code end < start}
   */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + "): need 0 <= start <= end");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  /** True if {@code other} lies entirely inside this span. */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** True if the two spans share at least one character. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /**
   * The text this span covers.
   *
   * @throws IndexOutOfBoundsException if the span reaches past the end of {@code text}
   */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  /** Orders by start, then by end. */
  @Override
  public int compareTo(Span other) {
    int byStart = Integer.compare(start, other.start);
    return byStart != 0 ? byStart : Integer.compare(end, other.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
