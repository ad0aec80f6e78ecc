package dev.dossier.store;

import java.time.Duration;
import java.util.Objects;

/**
 * What {@link Store#open} did to bring the search index into agreement with the database, which
 * is the record of truth.
 *
 * @param action what was done
 * @param reason why, in words fit for a log line; empty for {@link Action#NONE}
 * @param indexed how many articles were (re)written to the index
 * @param removed how many index documents were deleted because the database no longer has them
 * @param took how long it took
 */
public record Reconciliation(Action action, String reason, int indexed, int removed, Duration took) {

  /** The kinds of repair. */
  public enum Action {
    /** The index already agreed with the database. */
    NONE,
    /** The index lagged behind (a crash between the database commit and the index commit): the
     * missing articles were indexed. */
    CAUGHT_UP,
    /** The index was missing, unreadable, of another format or ahead of the database: it was
     * rebuilt from the database. */
    REBUILT
  }

  public Reconciliation {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(took, "took");
  }

  @Override
  public String toString() {
    return switch (action) {
      case NONE -> "index up to date";
      case CAUGHT_UP -> "index caught up (" + reason + "): " + indexed + " indexed, " + removed + " removed in " + took.toMillis() + " ms";
      case REBUILT -> "index rebuilt (" + reason + "): " + indexed + " articles in " + took.toMillis() + " ms";
    };
  }
}
