/**
 * Per-document annotation stages on CoreNLP's fast path.
 *
 * <p>{@link dev.dossier.nlp.NlpPipeline#standard()} chains {@link dev.dossier.nlp.TokenStage}
 * (tokens, sentences, part of speech, lemmas), {@link dev.dossier.nlp.MentionStage} (named-entity
 * mentions from one CRF, repaired and made consistent per article), {@link
 * dev.dossier.nlp.EntityStage} (mentions grouped into entities with canonical names) and {@link
 * dev.dossier.nlp.DateStage} (dates normalised against the publication date, with SUTime only
 * where a simple reader cannot do it). {@link dev.dossier.nlp.CoreNlp} loads each model once per
 * process.
 */
package dev.dossier.nlp;
