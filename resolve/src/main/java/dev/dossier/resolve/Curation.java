package dev.dossier.resolve;

import java.time.Instant;
import java.util.Objects;

/**
 * One correction an analyst made to the resolved entities, kept for good: stored with who made it,
 * when and why, and replayed on every later ingest and rebuild (see {@link CurationRules}).
 *
 * @param seq its place in the audit log, from 1
 * @param action {@code merge}, {@code split}, {@code rename}, {@code retype} or {@code delete}
 * @param entityId the entity acted on: the one that stays for a merge, the one split
 * @param argument merge: the id merged away; split: the name that moves out; rename: the new name;
 *     retype: the new type; delete: empty
 * @param target split: the id of the entity split off; otherwise empty
 * @param who who made it (the user name unless given)
 * @param at when
 * @param why the reason given, possibly empty
 */
public record Curation(long seq, String action, String entityId, String argument, String target, String who, Instant at, String why) {

  public Curation {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(entityId, "entityId");
    argument = argument == null ? "" : argument;
    target = target == null ? "" : target;
    Objects.requireNonNull(who, "who");
    Objects.requireNonNull(at, "at");
    why = why == null ? "" : why;
  }
}
