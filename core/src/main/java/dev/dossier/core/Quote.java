package dev.dossier.core;

import java.util.List;
import java.util.Objects;

/**
 * Something an article says someone said: a direct quote, a few quoted words, or reported speech,
 * with its speaker, the cue that attributes it and whom it was said to.
 *
 * <p>The content may come in pieces: {@code "We were there," she said, "and we left."} is one
 * quote of two {@link #parts()}, with the attribution between them. {@link #span()} runs from the
 * first part's start to the last part's end, and {@link #text()} is the parts' text joined by a
 * space. Parts exclude the quotation marks: they cover what was said.
 *
 * <p>Later stages refer to a quote by its span (statement events tie to it; conflicting
 * attributions compare the same content credited to different speakers).
 *
 * @param span from the start of the first part to the end of the last, in the cleaned text
 * @param parts the content's pieces in text order, non-empty, none overlapping
 * @param text the parts' covered text joined by single spaces
 * @param kind direct, partial or reported
 * @param speaker who said it, or {@code null} if the article does not say (scare quotes, a
 *     quoted title)
 * @param cue where the attributing words stand ("said", "told", "according to"), or {@code null}
 *     if the quote is credited by its context alone (a quoted paragraph after an attributed one)
 * @param cueText the cue's text, or {@code null} without a cue
 * @param addressee to whom or to which outlet it was said ("the BBC" in "told the BBC"), or
 *     {@code null}
 */
public record Quote(Span span, List<Span> parts, String text, QuoteKind kind, Speaker speaker, Span cue, String cueText, String addressee)
    implements Spanned {

  /**
   * @throws IllegalArgumentException if there are no parts, if they overlap or are out of order,
   *     or if the span does not run from the first part to the last
   */
  public Quote {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a quote needs at least one part");
    }
    for (int i = 1; i < parts.size(); i++) {
      if (parts.get(i).start() < parts.get(i - 1).end()) {
        throw new IllegalArgumentException("quote parts overlap or are out of order: " + parts);
      }
    }
    if (span.start() != parts.getFirst().start() || span.end() != parts.getLast().end()) {
      throw new IllegalArgumentException("quote span " + span + " does not run from its first part to its last: " + parts);
    }
    if ((cue == null) != (cueText == null)) {
      throw new IllegalArgumentException("a quote's cue and cue text come together");
    }
  }

  /** A quote built from parts of a text, with {@link #span()} and {@link #text()} derived from them. */
  public static Quote of(String documentText, List<Span> parts, QuoteKind kind, Speaker speaker, Span cue, String addressee) {
    List<String> pieces = parts.stream().map(part -> part.of(documentText)).toList();
    Span span = new Span(parts.getFirst().start(), parts.getLast().end());
    return new Quote(span, parts, String.join(" ", pieces), kind, speaker, cue, cue == null ? null : cue.of(documentText), addressee);
  }
}
