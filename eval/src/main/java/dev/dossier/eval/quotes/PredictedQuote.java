package dev.dossier.eval.quotes;

import dev.dossier.core.Span;
import java.util.List;

/**
 * A quote a system found, reduced to what the evaluation compares.
 *
 * @param content the content's spans in text order
 * @param speaker where the system found the speaker named for this quote, or {@code null}
 * @param speakerName the speaker as the system names it (resolved), or {@code null}
 * @param kind the system's own label for it (direct, partial, reported, or the baseline's)
 * @param cue the cue's words as the system found them, or {@code null}
 */
public record PredictedQuote(List<Span> content, Span speaker, String speakerName, String kind, String cue) {

  public PredictedQuote {
    content = List.copyOf(content);
  }
}
