/**
 * Dependency parsing for the events stage: {@link dev.dossier.nlp.parse.ChenManningParser} scores
 * CoreNLP's neural dependency-parser model (Chen and Manning 2014, the English Universal
 * Dependencies model in the models jar) with loops of its own over the same weights, giving
 * CoreNLP's parses at a fraction of the cost; {@link dev.dossier.nlp.parse.CoreNlpSentenceParser}
 * keeps CoreNLP's parser reachable as the reference. Both implement
 * {@link dev.dossier.nlp.parse.SentenceParser}; {@link dev.dossier.nlp.CoreNlp#dependencyParser()}
 * chooses one per process.
 */
package dev.dossier.nlp.parse;
