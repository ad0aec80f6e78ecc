package dev.dossier.ingest.html;

import dev.dossier.core.Removal;
import java.util.List;
import java.util.Objects;

/**
 * The main content of a page: its paragraphs as text, the blocks removed from inside the article,
 * and the page's metadata.
 *
 * @param text the article's paragraphs separated by empty lines, whitespace collapsed inside each;
 *     empty if no content root was found
 * @param removed blocks removed from inside the content root (share bars, comment sections,
 *     related-link lists, cookie banners, figures), in document order; each {@link Removal#at()}
 *     is an offset into {@code text}: where the block stood, between two paragraphs
 * @param metadata what the page's markup says about it
 */
public record MainContent(String text, List<Removal> removed, PageMetadata metadata) {

  public MainContent {
    Objects.requireNonNull(text, "text");
    removed = List.copyOf(removed);
    Objects.requireNonNull(metadata, "metadata");
  }

  /** Whether {@link #text()} reads like an article rather than a scrap: see {@link MainContentExtractor#isSubstantial}. */
  public boolean hasMainContent() {
    return MainContentExtractor.isSubstantial(text);
  }
}
