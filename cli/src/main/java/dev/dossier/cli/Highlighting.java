package dev.dossier.cli;

import dev.dossier.core.Span;
import java.util.List;

/** Renders text with some spans marked, for terminal output. */
final class Highlighting {

  interface Marker {
    String mark(String text, int index);
  }

  private Highlighting() {}

  /** The text with each span (sorted, non-overlapping) passed through the marker. */
  static String mark(String text, List<Span> spans, Marker marker) {
    StringBuilder out = new StringBuilder(text.length() + spans.size() * 8);
    int at = 0;
    for (int i = 0; i < spans.size(); i++) {
      Span span = spans.get(i);
      if (span.start() < at || span.end() > text.length()) {
        continue;
      }
      out.append(text, at, span.start()).append(marker.mark(span.of(text), i));
      at = span.end();
    }
    return out.append(text, at, text.length()).toString();
  }
}
