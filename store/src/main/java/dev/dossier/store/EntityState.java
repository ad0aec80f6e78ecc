package dev.dossier.store;

import dev.dossier.core.EntityType;
import java.time.LocalDate;

/**
 * A resolved entity as the store aggregates it, for resolution and exports.
 *
 * @param kbId its knowledge-base id, or {@code null}
 * @param articles how many stored articles mention it
 * @param mentions how many mentions in all of them
 * @param firstSeen earliest publication date, or {@code null}
 * @param lastSeen latest, or {@code null}
 */
public record EntityState(String id, String name, EntityType type, String kbId, int articles, int mentions, LocalDate firstSeen, LocalDate lastSeen) {}
