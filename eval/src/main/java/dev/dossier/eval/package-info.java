/**
 * Measures Dossier's extraction quality on gold data read from a path given at run time; nothing
 * of the gold data is bundled. {@code dossier eval TASK} calls the evaluations, which live in
 * sub-packages, such as {@link dev.dossier.eval.ner} for named entities.
 */
package dev.dossier.eval;
