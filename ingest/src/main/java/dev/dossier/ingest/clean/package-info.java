/**
 * Cleaning: normalises an article's text, joins the lines of hard-wrapped text into paragraphs
 * ({@code HardWrap}), and removes escape residues, link spam and boilerplate line by line, with
 * named rules, recording every removal with its reason and position.
 *
 * <p>{@link dev.dossier.ingest.clean.Cleaner} is the entry point, usable on its own (for text typed
 * on a command line, say) as well as by the ingest readers. {@link
 * dev.dossier.ingest.clean.StandardRules} lists the rules, grouped into the families of {@link
 * dev.dossier.ingest.clean.Reasons}. Everything here is immutable and thread-safe.
 */
package dev.dossier.ingest.clean;
