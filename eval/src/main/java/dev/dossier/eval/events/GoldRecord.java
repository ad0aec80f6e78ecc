package dev.dossier.eval.events;

import dev.dossier.core.EventType;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One gold sentence with the events its annotators coded.
 *
 * @param id the record's id in its file
 * @param text the sentence (or short passage)
 * @param date its date, or {@code null}: relative dates in it are read against this
 * @param type the record's one event type (PLOVER records code one event a sentence), or {@code
 *     null} for PETRARCH records, which code several
 * @param label the type or codes as the file writes them, for reports
 * @param events the gold (source, target, type) triples
 */
record GoldRecord(String id, String text, LocalDate date, EventType type, String label, List<Triple> events) {

  GoldRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    events = List.copyOf(events);
  }

  /**
   * One gold actor: its words as the annotators marked them and its code ({@code RUS}, {@code
   * IGO}, {@code CALGOV}); either may be {@code null}.
   */
  record Actor(String text, String code) {}

  /**
   * One gold event.
   *
   * @param source who acted, or {@code null}
   * @param target whom it was done to, or {@code null}
   * @param type its PLOVER type, or {@code null} if its code has none (PETRARCH's test codes)
   * @param cameo its CAMEO code as given, or {@code null}
   */
  record Triple(Actor source, Actor target, EventType type, String cameo) {}
}
