package dev.dossier.ingest;

import dev.dossier.core.ErrorCode;
import dev.dossier.ingest.ArticleAssembler.Draft;
import dev.dossier.ingest.clean.Cleaned;
import dev.dossier.ingest.html.MainContent;
import dev.dossier.ingest.html.MainContentExtractor;
import dev.dossier.ingest.html.PageMetadata;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * An HTML page to an article, for HTML files, JSONL {@code html} fields and WARC responses alike.
 *
 * <p>What the caller already knows (a JSONL line's title or date) wins over the page's metadata;
 * the page's metadata wins over the fallbacks (the WARC target URI and date). A page date that
 * cannot be parsed is passed over for the next candidate rather than rejecting the page: page
 * markup is not a field the user supplied, and a missing date is better than a missing article.
 */
final class HtmlArticles {

  private static final MainContentExtractor EXTRACTOR = new MainContentExtractor();

  private HtmlArticles() {}

  /**
   * @param html the decoded page
   * @param given what the caller knows; its body is ignored
   * @param baseUrl the page's address for resolving links, or null
   * @param fallbackUrl the article url if the page names none, or null
   * @param fallbackPublished the date if neither caller nor page gives one, or null
   */
  static ReadResult read(String html, Draft given, String baseUrl, String fallbackUrl, LocalDate fallbackPublished, ArticleAssembler assembler) {
    MainContent content;
    try {
      content = EXTRACTOR.extract(html, baseUrl);
    } catch (IllegalArgumentException e) {
      return ArticleAssembler.rejected(given.origin(), ErrorCode.UNREADABLE_INPUT, "cannot read this HTML: " + e.getMessage());
    }
    PageMetadata page = content.metadata();
    String url = firstNonBlank(given.url(), page.url(), fallbackUrl);
    LocalDate published = given.published() != null ? given.published() : pageDate(page);
    if (published == null) {
      published = fallbackPublished;
    }
    String source = firstNonBlank(given.source(), page.siteName(), host(url));
    String title = firstNonBlank(given.title(), page.title());
    Draft draft = new Draft(given.origin(), given.id(), url, title, published, source, content.text(), content.removed());
    if (content.text().isEmpty()) {
      return ArticleAssembler.rejected(given.origin(), ErrorCode.NO_MAIN_CONTENT, "no block of paragraph text outside navigation and page furniture");
    }
    Cleaned cleaned = assembler.clean(draft);
    if (!MainContentExtractor.isSubstantial(cleaned.body())) {
      int words = cleaned.body().isBlank() ? 0 : cleaned.body().strip().split("\\s+").length;
      String detail = "the content block holds " + words + " words after cleaning; an article needs at least two sentences";
      return ArticleAssembler.rejected(given.origin(), ErrorCode.NO_MAIN_CONTENT, detail);
    }
    return assembler.build(draft, cleaned);
  }

  private static LocalDate pageDate(PageMetadata page) {
    for (String value : page.publishedValues()) {
      try {
        return Dates.parse(value);
      } catch (DateTimeException e) {
        // try the page's next date source
      }
    }
    return null;
  }

  /** The host of a URL without a leading "www.", or null. */
  static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }
}
