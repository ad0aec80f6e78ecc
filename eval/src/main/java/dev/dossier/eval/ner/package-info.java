/**
 * Named-entity evaluation on CoNLL-2003 data: {@link dev.dossier.eval.ner.NerEvaluation} runs
 * Dossier's mention stage and CoreNLP's default pipeline on the gold tokens, scores both with
 * exact-match spans ({@link dev.dossier.eval.ner.NerScorer}), and returns a {@link
 * dev.dossier.eval.ner.NerReport} that renders as a table or JSON.
 */
package dev.dossier.eval.ner;
