package dev.dossier.ingest.html;

import java.util.List;

/**
 * What a page says about itself in its markup.
 *
 * @param title the headline: {@code og:title}, else {@code <title>} without a trailing " | Site"
 *     or " - Site", else the first {@code h1}; {@code null} if the page has none
 * @param url the canonical link, else {@code og:url}, made absolute; {@code null} if absent
 * @param publishedValues publication-date strings as the page gives them, best first: {@code
 *     article:published_time}, {@code itemprop=datePublished}, JSON-LD {@code datePublished}, then
 *     the first {@code <time datetime>}; the caller parses them, taking the first it can read
 * @param siteName {@code og:site_name}, or {@code null}
 */
public record PageMetadata(String title, String url, List<String> publishedValues, String siteName) {

  public PageMetadata {
    publishedValues = List.copyOf(publishedValues);
  }
}
