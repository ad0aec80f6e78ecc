package dev.dossier.nlp.quotes;

import java.util.List;

/**
 * A noun the nominal cue model decides on, as {@link NominalCueFeatures} read it.
 *
 * @param noun the head noun's token
 * @param complement the shape of what the noun governs: {@link Complement#CLAUSE} ("the claim
 *     that …"), {@link Complement#INFINITIVE} ("his call to …") or {@link Complement#OBJECT}
 *     ("support for …")
 * @param attribution the source (possessor or the governing verb's subject; empty when none) and
 *     the cue: the noun phrase after any possessor, with the preposition of an object
 * @param content the first token of what would be the content
 * @param features the names of the features that hold for this noun (lemmas, tags and shapes, no text)
 */
record NominalCue(int noun, Complement complement, Attribution attribution, int content, List<String> features) {}
