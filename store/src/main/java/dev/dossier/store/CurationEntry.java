package dev.dossier.store;

import java.time.Instant;

/**
 * One row of the curation audit log, as stored: see {@code dev.dossier.resolve.Curation}.
 *
 * @param seq its number, from 1, in the order the corrections were made; 0 for one not yet stored
 */
public record CurationEntry(long seq, String action, String entityId, String argument, String target, String who, Instant at, String why) {}
