package dev.dossier.nlp.quotes;

import dev.dossier.core.Span;

/**
 * A verb outside quotation marks that could be an attribution cue, with what follows it.
 *
 * @param cue the cue's key in the lexicon: the verb's lemma, with its preposition when one follows
 *     ("call for", "point to")
 * @param complement the shape of what follows the cue
 * @param verb the verb's span in the document's text
 * @param span the cue's span, the preposition included
 */
public record CueOccurrence(String cue, Complement complement, Span verb, Span span) {}
