package dev.dossier.server.web;

import dev.dossier.server.html.Html;
import dev.dossier.store.StoredArticle;

/**
 * One section of the article page beside its text: entities, dates, what was removed. Quotes,
 * events and text reuse each become one more implementation, added to the list {@link WebRoutes}
 * gives {@link ArticlePage}.
 */
interface ArticleSection {

  /** The heading, also the section's anchor ({@code #entities}). */
  String title();

  /** False to leave the section out, for an article without such data. */
  boolean appliesTo(StoredArticle article);

  /** The section's content, below its heading. */
  void render(StoredArticle article, Html html);
}
