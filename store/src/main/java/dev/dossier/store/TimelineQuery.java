package dev.dossier.store;

import java.time.LocalDate;

/**
 * Which dated statements a timeline shows.
 *
 * @param entityId only dates in a sentence that mentions this entity, or {@code null} for all
 * @param from earliest day, inclusive, or {@code null}
 * @param to latest day, inclusive, or {@code null}
 * @param limit at most this many entries
 * @param offset how many of the first entries to skip, for paging
 */
public record TimelineQuery(String entityId, LocalDate from, LocalDate to, int limit, int offset) {

  /**
   * @throws IllegalArgumentException if {@code limit} or {@code offset} is negative
   */
  public TimelineQuery {
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset must be >= 0, were " + limit + " and " + offset);
    }
  }
}
