/**
 * Ingest: reads sources and turns them into cleaned {@link dev.dossier.core.Article}s.
 *
 * <p>{@link dev.dossier.ingest.Inputs#open} takes files, directories and stdin and returns an
 * {@link dev.dossier.ingest.ArticleStream} of {@link dev.dossier.ingest.ReadResult}s: an article
 * for each input that reads, a {@link dev.dossier.core.Rejection} naming the input and the reason
 * for each that does not. Formats: plain text, JSONL, HTML pages and WARC archives. Every article
 * goes through the {@link dev.dossier.ingest.clean.Cleaner}; HTML goes through the {@link
 * dev.dossier.ingest.html.MainContentExtractor} first.
 *
 * <h2>How to add a format</h2>
 *
 * <ol>
 *   <li>Add a constant to {@code Format}, with its extensions in {@code ofFileName} (and its first
 *       bytes in {@code sniff} if it can arrive on stdin).
 *   <li>Write a {@code SourceReader}: read lazily, one record per {@code next()}; turn every
 *       problem into a rejection naming the record ({@code file:line}, {@code file#offset}); build
 *       articles through {@code ArticleAssembler}, never by hand, so ids, hashes and cleaning stay
 *       the same across formats.
 *   <li>Open it in {@code InputsStream.openFile} and {@code StdinReaders.open}.
 *   <li>Put sample files under {@code src/test/resources/sample_docs/<format>/} and a test class
 *       extending {@code FormatTestBase}; add its error cases to {@code ErrorsTest}.
 * </ol>
 */
package dev.dossier.ingest;
