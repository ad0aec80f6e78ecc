package dev.dossier.core;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The calendar period an ISO-8601 value of a {@link DateMention} denotes, at its precision: a
 * day ({@code 2018-02-01}, with or without a time), a month ({@code 2017-05}), an ISO week ({@code
 * 2018-W04}, Monday to Sunday) or a year ({@code 2018}). Values with unknown parts ({@code
 * XXXX-08}) and anything else denote no period. Pure functions.
 */
public final class DatePeriods {

  private DatePeriods() {}

  /** The first day of the period, or {@code null}. */
  public static LocalDate first(String value) {
    LocalDate[] period = period(value);
    return period == null ? null : period[0];
  }

  /** The last day of the period, or {@code null}. */
  public static LocalDate last(String value) {
    LocalDate[] period = period(value);
    return period == null ? null : period[1];
  }

  private static LocalDate[] period(String value) {
    if (value == null) {
      return null;
    }
    try {
      if (value.matches("\\d{4}-\\d{2}-\\d{2}(T.*)?")) {
        LocalDate day = LocalDate.parse(value.substring(0, 10));
        return new LocalDate[] {day, day};
      }
      if (value.matches("\\d{4}-\\d{2}")) {
        YearMonth month = YearMonth.parse(value);
        return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
      }
      if (value.matches("\\d{4}-W\\d{2}")) {
        int year = Integer.parseInt(value.substring(0, 4));
        int week = Integer.parseInt(value.substring(6, 8));
        LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new LocalDate[] {monday, monday.plusDays(6)};
      }
      if (value.matches("\\d{4}")) {
        int year = Integer.parseInt(value);
        return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
    return null;
  }
}
