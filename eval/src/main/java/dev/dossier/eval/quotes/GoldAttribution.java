package dev.dossier.eval.quotes;

import dev.dossier.core.Span;
import java.util.List;

/**
 * One attribution as a PolNeAR annotator marked it: the content, its source and its cue, each as
 * character spans into the article's text (a discontinuous content has several).
 *
 * @param content the content's spans, non-empty, in text order
 * @param source the source's spans; empty when the annotator marked none (an implicit source)
 * @param cue the cue's spans
 */
public record GoldAttribution(List<Span> content, List<Span> source, List<Span> cue) {

  public GoldAttribution {
    content = List.copyOf(content);
    source = List.copyOf(source);
    cue = List.copyOf(cue);
  }
}
