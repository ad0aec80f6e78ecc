package dev.dossier.nlp.quotes;

import dev.dossier.core.Span;

/**
 * A stretch of text between an opening and a closing quotation mark.
 *
 * @param outer from the opening mark to just after the closing one (or to the end of the
 *     paragraph, for a quote the paragraph leaves open)
 * @param inner the quoted words without the marks and without surrounding whitespace
 * @param paragraph the index of the paragraph (line) it stands in
 */
record QuotedRegion(Span outer, Span inner, int paragraph) {}
