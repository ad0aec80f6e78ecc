/**
 * Dossier's shared vocabulary: the records every module exchanges and the contracts between them.
 *
 * <p>An {@link dev.dossier.core.Article} is a cleaned news article. A {@link dev.dossier.core.Doc}
 * owns that article's text and its annotation {@link dev.dossier.core.Layer layers}: tokens,
 * sentences, mentions, entities, dates. Every annotation points into the cleaned text with a
 * half-open {@link dev.dossier.core.Span}. A {@link dev.dossier.core.Stage} adds layers; a {@link
 * dev.dossier.core.Pipeline} runs stages in an order it has checked. Errors carry a code from
 * {@link dev.dossier.core.ErrorCode}; an input that cannot be read becomes a {@link
 * dev.dossier.core.Rejection}, and the batch goes on.
 *
 * <p>This module has no third-party dependencies.
 */
package dev.dossier.core;
