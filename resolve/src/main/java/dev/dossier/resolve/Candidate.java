package dev.dossier.resolve;

import dev.dossier.resolve.kb.KbEntity;

/**
 * A resolved entity an in-article entity might be, and how its name matched.
 *
 * @param id the resolved id
 * @param known what the corpus knows of it, or {@code null} if no article has mentioned it yet
 * @param kb its knowledge-base entry, or {@code null}
 * @param match how the names matched: {@code name} (the whole name, or given name and surname),
 *     {@code surname}, {@code given}, {@code acronym} or {@code head}
 * @param strong true if the names identify it (the whole name matched), false if only context can
 *     confirm it
 */
record Candidate(String id, EntityMemory.Known known, KbEntity kb, String match, boolean strong) {

  String name() {
    return known != null ? known.name() : kb.name();
  }
}
