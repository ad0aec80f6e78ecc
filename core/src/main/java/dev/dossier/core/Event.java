package dev.dossier.core;

import java.util.Objects;

/**
 * Something an article says happened between actors: who did what to whom, when and where, and
 * according to whom. One event is one mention in one sentence; the engine merges the mentions of
 * one real-world event across sentences and articles into an instance ({@link EventLink}).
 *
 * <p>The event is anchored at its trigger ({@link #span()}: "met", "imposed sanctions", "false"),
 * with the sentence as evidence. Its type is PLOVER's, with the CAMEO code where one fits and the
 * mode (sub-type) PLOVER uses ("visit", "allege", "seize"). A statement (a denial, an accusation, a
 * criticism, a warning) is an event too, tied to the {@link Quote} that carries it by {@link
 * #quote()}.
 *
 * @param id the event's id within its article ({@code e1}, {@code e2}, ... in text order)
 * @param span the trigger: the words that say what happened
 * @param type the PLOVER type
 * @param cameo the CAMEO code (two to four digits, {@code 042}, {@code 1121}) or {@code null} if
 *     none fits
 * @param mode PLOVER's mode or sub-type ({@code visit}, {@code allege}, {@code arrest}), or {@code null}
 * @param source who acted, or {@code null} if the sentence does not say
 * @param target whom it was done to, or {@code null}
 * @param sentence the sentence the event is read from: its evidence
 * @param date the ISO-8601 value of the date the sentence gives the event (at the precision the
 *     text gives, normalised against the publication date by the dates layer), or the publication
 *     date when the sentence gives none ({@link #dateSpan()} is then {@code null}), or {@code null}
 *     when neither is known
 * @param dateSpan where the date expression stands, or {@code null}
 * @param place where it happened, or {@code null}
 * @param negated true if the text says it did not happen ("did not identify", "will not meet")
 * @param hedged true if the text says it only may have happened or may happen ("allegedly", "could")
 * @param attribution who reports it, or {@code null} if the article states it in its own voice
 * @param quote the span of the quote in {@link Layers#QUOTES} that carries this event (a statement
 *     event), or {@code null}
 * @param main true for the sentence's main event, the one its parse puts highest; the others are
 *     background to it ("in retaliation for Russia's invasion of Ukraine")
 */
public record Event(
    String id,
    Span span,
    EventType type,
    String cameo,
    String mode,
    EventActor source,
    EventActor target,
    Span sentence,
    String date,
    Span dateSpan,
    EventPlace place,
    boolean negated,
    boolean hedged,
    EventAttribution attribution,
    Span quote,
    boolean main)
    implements Spanned {

  /**
   * @throws IllegalArgumentException if the trigger lies outside its sentence, or the CAMEO code
   *     is not two to four digits
   */
  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(sentence, "sentence");
    if (!sentence.contains(span)) {
      throw new IllegalArgumentException("event trigger " + span + " lies outside its sentence " + sentence);
    }
    if (cameo != null && !cameo.matches("[0-9]{2,4}")) {
      throw new IllegalArgumentException("not a CAMEO code: '" + cameo + "'");
    }
  }

  /** The same event with another id: for renumbering after events are added or dropped. */
  public Event withId(String newId) {
    return new Event(newId, span, type, cameo, mode, source, target, sentence, date, dateSpan, place, negated, hedged, attribution, quote, main);
  }
}
