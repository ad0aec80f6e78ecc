package dev.dossier.server.api;

import dev.dossier.core.EntityType;
import dev.dossier.core.EventType;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Reads and checks query parameters, turning bad values into a 400 {@link ApiException} that names
 * the parameter, the value and what was expected. Shared by the API and the pages, so both accept
 * exactly the same URLs.
 */
public final class Params {

  /** The longest text parameter accepted: a pasted paragraph, not a pasted book. */
  public static final int MAX_TEXT = 2000;

  private final Context ctx;

  public Params(Context ctx) {
    this.ctx = ctx;
  }

  /** The trimmed value, or {@code null} if absent or blank. */
  public String text(String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > MAX_TEXT) {
      throw ApiException.badRequest("parameter '" + name + "' is " + value.length() + " characters long; at most " + MAX_TEXT + " are accepted");
    }
    return value.strip();
  }

  /** Every non-blank value of a repeatable parameter. */
  public List<String> texts(String name) {
    List<String> values = ctx.queryParams(name).stream().filter(v -> !v.isBlank()).map(String::strip).toList();
    if (values.size() > 20 || values.stream().anyMatch(v -> v.length() > MAX_TEXT)) {
      throw ApiException.badRequest("parameter '" + name + "' is repeated too often or too long (at most 20 values of " + MAX_TEXT + " characters)");
    }
    return values;
  }

  /** An integer in {@code [min, max]}, or {@code fallback} if absent. */
  public int integer(String name, int fallback, int min, int max) {
    String value = text(name);
    if (value == null) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value);
      if (parsed < min || parsed > max) {
        throw ApiException.badRequest("parameter '" + name + "' must be between " + min + " and " + max + ", was " + parsed);
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("parameter '" + name + "' must be a whole number, was '" + value + "'");
    }
  }

  /** An ISO date ({@code 2018-02-01}), or {@code null} if absent. */
  public LocalDate date(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("parameter '" + name + "' must be a date YYYY-MM-DD, was '" + value + "'");
    }
  }

  /** A month ({@code 2018-02}), or {@code null} if absent. */
  public YearMonth month(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      return YearMonth.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("parameter '" + name + "' must be a month YYYY-MM, was '" + value + "'");
    }
  }

  /** An entity type (PERSON, ORG, ...), or {@code null} if absent. */
  public EntityType type(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      return EntityType.parse(value);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("parameter '" + name + "': " + e.getMessage());
    }
  }

  /** A PLOVER event type (CONSULT, ACCUSE, ...), or {@code null} if absent. */
  public EventType eventType(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      return EventType.parse(value);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("parameter '" + name + "': " + e.getMessage());
    }
  }
}
