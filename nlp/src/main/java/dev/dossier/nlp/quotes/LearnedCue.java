package dev.dossier.nlp.quotes;

import java.util.List;

/**
 * A verb the learned cue model decides on, as {@link CueFeatures} read it: where the cue ends, the
 * shape of what follows it, the speaker it would have, and the features the {@link CueClassifier}
 * scores.
 *
 * @param verb the verb's token
 * @param cueEnd the token after the cue, its preposition included ("call for")
 * @param complement the shape of what follows the cue
 * @param attribution the speaker and cue, as the stage would attribute the content
 * @param content the first token of what would be the content
 * @param contentEnd the token after the content where the reading fixes it (a passive's subject:
 *     "The proposal was rejected by …"), or -1 where the content runs on after the cue as far as
 *     {@link ContentBounds} reads it
 * @param moreContent where a second part of the content begins, read on as far as {@link
 *     ContentBounds} reads an infinitive (a raised subject's infinitive: "Trump is expected | to
 *     unveil his ad"), or -1
 * @param features the names of the features that hold for this verb (lemmas, tags and shapes, no text)
 */
record LearnedCue(int verb, int cueEnd, Complement complement, Attribution attribution, int content, int contentEnd, int moreContent, List<String> features) {}
