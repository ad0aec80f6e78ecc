package dev.dossier.server.api;

import dev.dossier.store.EventQuery;
import dev.dossier.store.QuoteQuery;
import dev.dossier.store.SearchQuery;
import dev.dossier.store.TimelineQuery;

/**
 * The queries a request's parameters describe, read the same way for the API and the pages, so a
 * page URL and its API URL take the same parameters.
 */
public final class Requests {

  public static final int MAX_LIMIT = 100;
  public static final int MAX_OFFSET = 10_000;

  /** The most quotes one request lists. */
  public static final int MAX_QUOTES = 500;

  /** The most stories one request lists. */
  public static final int MAX_STORIES = 500;

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

  /**
   * {@code speaker} (an entity's name, alias or id, or words of a speaker's description), {@code
   * q} (words the quote contains), {@code from}, {@code to}, {@code limit} (default 50).
   */
  public static QuoteQuery quotes(Params params) {
    return new QuoteQuery(params.text("speaker"), params.text("q"), params.date("from"), params.date("to"), params.integer("limit", 50, 1, MAX_QUOTES));
  }

  /** {@code entity} (an id), {@code from}, {@code to}, {@code limit} (default 50), {@code offset}. */
  public static TimelineQuery timeline(Params params) {
    return new TimelineQuery(
        params.text("entity"), params.date("from"), params.date("to"), params.integer("limit", 50, 0, MAX_LIMIT * 5), params.integer("offset", 0, 0, MAX_OFFSET));
  }

  /** The most events one request lists. */
  public static final int MAX_EVENTS = 500;

  /**
   * {@code entity} (a name, alias or id), {@code type} (a PLOVER type), {@code from}, {@code to},
   * {@code limit} (default 50), {@code offset}: event instances, earliest first unless {@code
   * newestFirst}.
   */
  public static EventQuery events(Params params, boolean newestFirst) {
    return new EventQuery(params.text("entity"), params.eventType("type"), params.date("from"), params.date("to"), newestFirst,
        params.integer("limit", 50, 1, MAX_EVENTS), params.integer("offset", 0, 0, MAX_OFFSET));
  }
}
