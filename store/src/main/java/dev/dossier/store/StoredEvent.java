package dev.dossier.store;

import dev.dossier.core.Event;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A stored event mention with the article it stands in.
 *
 * @param articleId the article's id
 * @param title the article's title
 * @param published the article's publication date, or {@code null}
 * @param day the day the event is placed at: the first day of the date the sentence gives it, or
 *     the publication date; {@code null} if neither is known
 * @param instanceId the event instance the mention belongs to, or {@code null}
 * @param sentence the evidence sentence, line breaks as spaces
 * @param event the event; its actors', place's and attribution's entity ids are the resolved,
 *     corpus-wide ones, and its spans point into the article's cleaned text
 */
public record StoredEvent(String articleId, String title, LocalDate published, LocalDate day, String instanceId, String sentence, Event event) {

  public StoredEvent {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(event, "event");
  }
}
