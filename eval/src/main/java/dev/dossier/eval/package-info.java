/**
 * Measures Dossier's extraction quality on gold data read from a path given at run time; nothing
 * of the gold data is bundled. {@link dev.dossier.eval.EvalMain} is the command-line entry point
 * until the CLI wires {@code dossier eval}; the evaluations themselves live in sub-packages, such
 * as {@link dev.dossier.eval.ner} for named entities.
 */
package dev.dossier.eval;
