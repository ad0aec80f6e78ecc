package dev.dossier.store;

import dev.dossier.core.Span;
import java.util.List;
import java.util.Objects;

/**
 * The best passages of an article for a query, as plain text with the matched words located by
 * spans, so each front end marks them its own way: the CLI in bold, a web page by escaping the
 * text and wrapping each span in {@code <mark>}.
 *
 * @param text one or more passages of the article's text, joined by {@code " … "}; line breaks
 *     are replaced by spaces; empty if the article has no text
 * @param highlights half-open spans into {@link #text()}, in order and not overlapping
 */
public record Snippet(String text, List<Span> highlights) {

  public Snippet {
    Objects.requireNonNull(text, "text");
    highlights = List.copyOf(highlights);
  }

  /** The highlighted words, in order: handy in tests and logs. */
  public List<String> highlighted() {
    return highlights.stream().map(span -> span.of(text)).toList();
  }
}
