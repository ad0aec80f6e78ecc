package dev.dossier.server.web;

import dev.dossier.server.html.Html;
import dev.dossier.store.StoredArticle;

/**
 * One section of the article page beside its text: entities, quotes, events, reuse and quality,
 * dates, what was removed, each an implementation in the list of {@link ArticleSections#standard};
 * a section that needs what the engine found beyond the article's own
 * layers reads it from the page's {@link ArticleFindings}.
 */
interface ArticleSection {

  /** The heading, also the section's anchor ({@code #entities}). */
  String title();

  /** False to leave the section out, for an article without such data. */
  boolean appliesTo(StoredArticle article);

  /** The section's content, below its heading. */
  void render(StoredArticle article, Html html);
}
