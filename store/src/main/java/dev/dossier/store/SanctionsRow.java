package dev.dossier.store;

import dev.dossier.core.SanctionsHit;
import java.time.LocalDate;

/**
 * A sanctions hit in the corpus: the article, the resolved entity and the hit.
 *
 * @param published the article's date, or {@code null}
 */
public record SanctionsRow(String articleId, String title, LocalDate published, String entityId, String entityName, SanctionsHit hit) {}
