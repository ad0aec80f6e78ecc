package dev.dossier.store;

import dev.dossier.core.EventType;
import java.time.LocalDate;

/**
 * Which events to list.
 *
 * @param entity only events one of whose actors is this entity (a name, an alias or an id), or is
 *     of this country; {@code null} for all
 * @param type only events of this type, or {@code null}
 * @param from earliest day, inclusive, or {@code null}
 * @param to latest day, inclusive, or {@code null}
 * @param newestFirst order by day, latest first, instead of earliest first
 * @param limit at most this many
 * @param offset how many of the first to skip, for paging
 */
public record EventQuery(String entity, EventType type, LocalDate from, LocalDate to, boolean newestFirst, int limit, int offset) {

  /**
   * @throws IllegalArgumentException if {@code limit} or {@code offset} is negative
   */
  public EventQuery {
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset must be >= 0, were " + limit + " and " + offset);
    }
  }
}
