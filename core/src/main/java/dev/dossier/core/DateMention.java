package dev.dossier.core;

import java.util.Objects;

/**
 * A date or time expression in the text with its value normalised against the publication date.
 *
 * @param span where the expression stands in the cleaned text
 * @param text the covered text
 * @param value ISO-8601 value at the precision the text gives: {@code 2018}, {@code 2017-05},
 *     {@code 2018-02-01}, {@code 2018-W04}, {@code 2018-02-01T10:00}; unknown parts are
 *     {@code X} as in TIMEX3 ({@code XXXX-08}) when there is no publication date to anchor them
 */
public record DateMention(Span span, String text, String value) implements Spanned {

  public DateMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
  }
}
