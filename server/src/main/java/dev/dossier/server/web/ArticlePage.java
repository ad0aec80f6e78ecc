package dev.dossier.server.web;

import dev.dossier.core.Article;
import dev.dossier.core.Span;
import dev.dossier.server.html.Html;
import dev.dossier.server.html.Urls;
import dev.dossier.store.StoredArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One article: headline and metadata, the text with its mentions linked and coloured by type, its
 * quotes, cues, event triggers and reused passages marked, its removed boilerplate collapsed in place, and the
 * {@link ArticleSection}s beside it.
 */
final class ArticlePage {

  private final List<ArticleSection> sections;

  ArticlePage(List<ArticleSection> sections) {
    this.sections = List.copyOf(sections);
  }

  /**
   * @param highlight a span of the text a link points to ({@code ?span=start-end}), marked and
   *     scrolled to, or {@code null}
   */
  String render(ArticleFindings findings, Span highlight) {
    StoredArticle stored = findings.stored();
    Article article = stored.article();
    String title = article.title().isBlank() ? "(untitled)" : article.title();
    return Layout.page(title, Layout.Nav.NONE, "", html -> {
      html.open("article", "class", "article-layout");
      html.open("header", "class", "article-head");
      html.element("h1", title);
      html.open("p", "class", "meta");
      Format.time(html, article.published());
      html.text(" · ").text(article.source() == null ? "unknown source" : article.source());
      html.text(" · ").element("code", article.id());
      Urls.external(article.url()).ifPresentOrElse(
          url -> html.text(" · ").element("a", "original", "href", url, "rel", "noopener noreferrer nofollow", "target", "_blank"),
          () -> {
            if (article.url() != null && !article.url().isBlank()) {
              html.text(" · ").element("span", article.url(), "class", "muted", "title", "not a web address; shown, not linked");
            }
          });
      html.text(" · ").element("a", "JSON", "href", "/api/v1/articles/" + Urls.segment(article.id()));
      html.close("p");
      Format.legend(html);
      marksLegend(html);
      html.close("header");
      html.open("div", "class", "article-body");
      List<AnnotatedText.Mark> marks = new ArrayList<>(FindingMarks.of(findings, highlight));
      marks.addAll(AnnotatedText.marks(stored));
      AnnotatedText.render(html, article.text(), marks, article.removed());
      html.close("div");
      html.open("aside", "class", "article-side");
      List<ArticleSection> shown = sections.stream().filter(section -> section.appliesTo(stored)).toList();
      html.open("nav", "class", "toc", "aria-label", "Sections");
      html.open("ul");
      for (ArticleSection section : shown) {
        html.open("li").element("a", section.title(), "href", "#" + anchor(section)).close("li");
      }
      html.close("ul");
      html.close("nav");
      for (ArticleSection section : shown) {
        String anchor = anchor(section);
        html.open("section", "id", anchor, "aria-labelledby", anchor + "-h");
        html.element("h2", section.title(), "id", anchor + "-h");
        section.render(stored, html);
        html.close("section");
      }
      html.close("aside");
      html.close("article");
    });
  }

  private static String anchor(ArticleSection section) {
    return section.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  /** What the other marks in the text mean. */
  private static void marksLegend(Html html) {
    html.open("ul", "class", "legend marks-legend", "aria-label", "Marks in the text");
    html.open("li").element("span", "quote", "class", "quote direct").close("li");
    html.open("li").element("span", "cue", "class", "cue").close("li");
    html.open("li").element("span", "event", "class", "event-trigger").close("li");
    html.open("li").element("span", "copied from an earlier article", "class", "reuse copied").close("li");
    html.open("li").element("span", "quoted earlier too", "class", "reuse shared-quote").close("li");
    html.open("li").element("span", "spun word", "class", "spin").close("li");
    html.close("ul");
  }
}
