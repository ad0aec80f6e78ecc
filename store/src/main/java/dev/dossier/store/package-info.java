/**
 * The embedded store: a data folder holding a SQLite database, the record of truth for articles,
 * entities, mentions, dates, removals and the ingest log, and a Lucene index built from it for
 * search with snippets and facets.
 *
 * <p>{@link dev.dossier.store.Store} is the one entry point; its class comment describes the
 * folder layout and the durability protocol that keeps the two agreeing across crashes. The other
 * public types are the records it takes and returns. Everything else is package-private, one job
 * per class: the folder lock ({@code FolderLock}); the database connections ({@code Database}) and
 * schema ({@code Migrations}); writing a batch ({@code BatchWriter}) and keeping the store-wide
 * entities ({@code EntityAggregator}); reading ({@code ArticleReader}, {@code EntityQueries},
 * {@code StatsQueries}); the index ({@code SearchIndex}, {@code IndexFields}, {@code
 * IndexedArticle}), searching it ({@code Searcher}, {@code SnippetHighlighter}); and bringing it
 * back into agreement with the database ({@code Recovery}).
 */
package dev.dossier.store;
