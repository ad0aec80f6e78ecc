/**
 * HTML: finds a news page's article among its navigation, banners, share bars, comments and link
 * lists, and reads the page's own metadata (title, canonical URL, publication date, site name).
 *
 * <p>{@link dev.dossier.ingest.html.MainContentExtractor} is the entry point; it returns a {@link
 * dev.dossier.ingest.html.MainContent} whose removed blocks carry reason codes from {@link
 * dev.dossier.ingest.clean.Reasons}. Everything here is stateless or immutable, and thread-safe.
 */
package dev.dossier.ingest.html;
