package dev.dossier.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as datasets and pages write them. A date-time becomes the calendar date in its
 * own offset: {@code 2016-09-19T23:30:00-05:00} is the 19th, as its readers saw it, not the 20th.
 *
 * <p>Accepted: ISO dates and date-times (with or without seconds, fraction, {@code Z} or offset, a
 * space for the {@code T}, a bracketed zone), RFC 1123 ({@code Mon, 19 Sep 2016 10:00:00 GMT}),
 * Reuters-21578's {@code 26-FEB-1987 15:01:01.79} (only the date matters, so the time is checked
 * for shape only, and whatever follows after whitespace or an {@code &#9;} entity is ignored: the
 * corpus has an hour of 605 and stray codes after some dates), {@code September 19, 2016}, {@code 19
 * September 2016}, {@code 20160919}, and epoch seconds or milliseconds.
 */
final class Dates {

  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?\\s*(?:Z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)?(?:\\[[^\\]]+\\])?)?",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern REUTERS = Pattern.compile(
      "(\\d{1,2})-([A-Za-z]{3})-(\\d{4})\\s+\\d{1,3}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:(?:\\s|&#\\d+;).*)?", Pattern.DOTALL);

  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private static final List<DateTimeFormatter> WORDY = List.of(
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH));

  /** Epoch values below this are seconds, above it milliseconds (it is 5138 AD in seconds). */
  private static final long MILLIS_THRESHOLD = 100_000_000_000L;

  private Dates() {}

  /**
   * Parses a date or date-time.
   *
   * @throws DateTimeException naming the value if it is in none of the accepted forms or is not a
   *     real date
   */
  static LocalDate parse(String value) {
    String text = value.strip();
    Matcher iso = ISO.matcher(text);
    if (iso.matches()) {
      return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
    }
    Matcher reuters = REUTERS.matcher(text);
    if (reuters.matches()) {
      return LocalDate.of(Integer.parseInt(reuters.group(3)), month(reuters.group(2), value), Integer.parseInt(reuters.group(1)));
    }
    if (DIGITS.matcher(text).matches()) {
      return fromDigits(text, value);
    }
    try {
      return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeParseException e) {
      // not RFC 1123; try the remaining forms
    }
    String wordy = text.replaceAll("(\\d)(st|nd|rd|th)\\b", "$1").replaceAll("\\s+", " ");
    for (DateTimeFormatter formatter : WORDY) {
      try {
        return LocalDate.parse(wordy, formatter.withResolverStyle(ResolverStyle.SMART));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    throw new DateTimeException("'" + value + "' is not a date in any accepted form (ISO 8601, RFC 1123, 26-FEB-1987 15:01:01)");
  }

  /** A number in JSON: epoch seconds, or milliseconds if it is too large for seconds. */
  static LocalDate fromEpoch(long value) {
    Instant instant = Math.abs(value) >= MILLIS_THRESHOLD ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
    return LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }

  private static LocalDate fromDigits(String text, String value) {
    if (text.length() == 8) {
      return LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE);
    }
    if (text.length() == 10 || text.length() == 13) {
      return fromEpoch(Long.parseLong(text));
    }
    throw new DateTimeException("'" + value + "' is a number but neither yyyyMMdd nor epoch seconds or milliseconds");
  }

  private static int month(String abbreviation, String value) {
    String upper = abbreviation.toUpperCase(Locale.ROOT);
    for (Month month : Month.values()) {
      if (month.name().startsWith(upper)) {
        return month.getValue();
      }
    }
    throw new DateTimeException("'" + value + "' has no month called '" + abbreviation + "'");
  }
}
