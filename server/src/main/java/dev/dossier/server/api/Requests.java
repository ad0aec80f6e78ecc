package dev.dossier.server.api;

import dev.dossier.store.SearchQuery;
import dev.dossier.store.TimelineQuery;

/**
 * The queries a request's parameters describe, read the same way for the API and the pages, so a
 * page URL and its API URL take the same parameters.
 */
public final class Requests {

  public static final int MAX_LIMIT = 100;
  public static final int MAX_OFFSET = 10_000;

  private Requests() {}

  /**
   * {@code q} (Lucene syntax), {@code entity} (repeatable: a name, alias or id), {@code type},
   * {@code from}, {@code to}, {@code source}, {@code limit} (default 10), {@code offset}.
   */
  public static SearchQuery search(Params params) {
    return search(params, SearchQuery.DEFAULT_LIMIT, MAX_LIMIT);
  }

  /** {@link #search(Params)} with another default and maximum for {@code limit}. */
  public static SearchQuery search(Params params, int defaultLimit, int maxLimit) {
    int limit = params.integer("limit", defaultLimit, 0, maxLimit);
    int offset = params.integer("offset", 0, 0, MAX_OFFSET);
    return new SearchQuery(
        params.text("q"), params.texts("entity"), params.type("type"), params.date("from"), params.date("to"), params.text("source"), limit, offset);
  }

  /** {@code entity} (an id), {@code from}, {@code to}, {@code limit} (default 50), {@code offset}. */
  public static TimelineQuery timeline(Params params) {
    return new TimelineQuery(
        params.text("entity"), params.date("from"), params.date("to"), params.integer("limit", 50, 0, MAX_LIMIT * 5), params.integer("offset", 0, 0, MAX_OFFSET));
  }
}
