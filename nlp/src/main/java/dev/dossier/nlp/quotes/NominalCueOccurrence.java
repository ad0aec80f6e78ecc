package dev.dossier.nlp.quotes;

import dev.dossier.core.Span;
import java.util.List;

/**
 * A noun outside quotation marks that could be a nominal attribution cue, with what the nominal
 * cue model weighs about it.
 *
 * @param noun the noun's lemma
 * @param complement the shape of what the noun governs
 * @param span the noun's span in the document's text
 * @param features the names of the features that hold for this noun ({@link NominalCueFeatures})
 */
public record NominalCueOccurrence(String noun, Complement complement, Span span, List<String> features) {

  public NominalCueOccurrence {
    features = List.copyOf(features);
  }
}
