package dev.dossier.server.web;

import dev.dossier.core.Article;
import dev.dossier.server.html.Html;
import dev.dossier.server.html.Urls;
import dev.dossier.store.StoredArticle;
import java.util.List;
import java.util.Locale;

/**
 * One article: headline and metadata, the text with its mentions linked and coloured by type and
 * its removed boilerplate collapsed in place, and the {@link ArticleSection}s beside it.
 */
final class ArticlePage {

  private final List<ArticleSection> sections;

  ArticlePage(List<ArticleSection> sections) {
    this.sections = List.copyOf(sections);
  }

  String render(StoredArticle stored) {
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
      html.close("header");
      html.open("div", "class", "article-body");
      AnnotatedText.render(html, article.text(), AnnotatedText.marks(stored), article.removed());
      html.close("div");
      html.open("aside", "class", "article-side");
      for (ArticleSection section : sections) {
        if (section.appliesTo(stored)) {
          String anchor = section.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
          html.open("section", "id", anchor, "aria-labelledby", anchor + "-h");
          html.element("h2", section.title(), "id", anchor + "-h");
          section.render(stored, html);
          html.close("section");
        }
      }
      html.close("aside");
      html.close("article");
    });
  }
}
