package dev.dossier.nlp.quotes;

import dev.dossier.core.QuoteKind;
import dev.dossier.core.Span;
import dev.dossier.core.Speaker;
import java.util.ArrayList;
import java.util.List;

/**
 * A quote while it is being found: its parts and kind, and either its own attribution or the
 * quote whose speaker it shares (a continued or embedded quote). Mutable; one document only.
 */
final class Candidate {

  final List<Span> parts = new ArrayList<>();
  QuoteKind kind;
  Attribution attribution;
  Candidate sharesSpeakerWith;
  /** A direct quote with no attribution of its own, which takes the speaker of the quote before it. */
  boolean continues;
  /** Reported by a learned cue of stance or act ("wants", "endorsed"), not of speech: no quote continues it. */
  boolean stance;

  /** Reported by a noun that {@link NominalCues} took for a cue ("his request to …"), not by a verb. */
  boolean nominal;
  /** A partial quote that names a term or title ("a “promoted trend”", "CBS's “This Morning”"), not words of the speaker's. */
  boolean term;
  /** The token where the quote begins, for ordering. */
  final int firstToken;
  Speaker speaker;

  Candidate(Span part, QuoteKind kind, Attribution attribution, int firstToken) {
    parts.add(part);
    this.kind = kind;
    this.attribution = attribution;
    this.firstToken = firstToken;
  }

  int start() {
    return parts.getFirst().start();
  }

  int end() {
    return parts.getLast().end();
  }

  Span span() {
    return new Span(start(), end());
  }

  /** Characters of this candidate's parts that overlap the other span. */
  int overlap(Span other) {
    int shared = 0;
    for (Span part : parts) {
      shared += Math.max(0, Math.min(part.end(), other.end()) - Math.max(part.start(), other.start()));
    }
    return shared;
  }

  int length() {
    return parts.stream().mapToInt(Span::length).sum();
  }
}
