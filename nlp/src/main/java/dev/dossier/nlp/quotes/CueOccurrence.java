package dev.dossier.nlp.quotes;

import dev.dossier.core.Span;
import java.util.List;

/**
 * A verb outside quotation marks that could be an attribution cue, with what follows it and what
 * the {@link CueClassifier} weighs about it.
 *
 * @param cue the cue's key: the verb's lemma, with its preposition when one follows ("call for",
 *     "point to")
 * @param complement the shape of what follows the cue
 * @param verb the verb's span in the document's text
 * @param span the cue's span, the preposition included
 * @param features the names of the features that hold for this verb ({@link CueFeatures})
 */
public record CueOccurrence(String cue, Complement complement, Span verb, Span span, List<String> features) {

  public CueOccurrence {
    features = List.copyOf(features);
  }
}
