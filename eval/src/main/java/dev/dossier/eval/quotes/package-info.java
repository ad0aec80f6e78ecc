/**
 * Quote and attribution evaluation on PolNeAR-format data: {@link
 * dev.dossier.eval.quotes.QuoteEvaluation} runs Dossier's pipeline and CoreNLP's quote annotator
 * on the same articles, matches their quotes with the gold attributions by content overlap, and
 * returns a {@link dev.dossier.eval.quotes.QuoteReport} that renders as a table or JSON.
 */
package dev.dossier.eval.quotes;
