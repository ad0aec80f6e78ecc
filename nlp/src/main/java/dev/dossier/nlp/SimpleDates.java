package dev.dossier.nlp;

import dev.dossier.nlp.DateAnchoring.Tense;
import edu.stanford.nlp.ling.CoreLabel;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the date shapes that make up most of news dating, in microseconds rather than
 * SUTime's milliseconds: years ("in 2014"), month-day-year forms ("November 11, 2017", "May
 * 2017", "Jan. 29"), a month after a preposition ("in August"), weekdays ("on Thursday", "Monday
 * night"), "last/this/next week|month|year", "today", "yesterday", "tomorrow", "last night", and
 * "three years ago". Everything else ("early 2017", "the 1990s", "the first week of May",
 * holidays, seasons, ranges) is left to SUTime.
 *
 * <p>Underspecified dates are anchored by tense, as {@link DateAnchoring} explains. Without a
 * publication date, relative expressions get no value and month or weekday forms keep {@code X}
 * for what is unknown ({@code XXXX-08}, {@code XXXX-WXX-4}), as SUTime does.
 */
final class SimpleDates {

  /**
   * A date expression over tokens {@code [start, end)} of a sentence.
   *
   * @param value its ISO value, or {@code null} if it has none without a publication date
   */
  record Match(int start, int end, String value, boolean explicitYear, boolean calendar) {

    Match(int start, int end, String value) {
      this(start, end, value, false, false);
    }
  }

  private static final Pattern YEAR = Pattern.compile("(?:1[5-9]|20)\\d\\d");
  private static final Pattern DAY = Pattern.compile("(?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?");
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6),
          Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
          Map.entry("dec", 12), Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
          Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8), Map.entry("september", 9), Map.entry("october", 10),
          Map.entry("november", 11), Map.entry("december", 12));
  private static final Map<String, Integer> NUMBERS =
      Map.ofEntries(
          Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
          Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
          Map.entry("eleven", 11), Map.entry("twelve", 12));
  /** Words before a bare month or year that make it a date: "in August", "since 2014". */
  private static final Set<String> DATE_LEADS =
      Set.of("in", "since", "by", "until", "till", "during", "from", "through", "of", "before", "after", "throughout", "between", "and", "to", "on", "for", "around", "into");
  /** Words that make a following expression SUTime's business: "early 2017", "every Monday", "last Friday". */
  private static final Set<String> MODIFIERS = Set.of("early", "late", "mid", "mid-", "every", "each", "last", "this", "next", "coming", "past", "the");
  private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");

  private SimpleDates() {}

  /**
   * Finds simple date expressions in a sentence.
   *
   * @param tokens the sentence, with part-of-speech tags
   * @param blocked tokens inside names ("Theresa May"), which are never dates
   * @param published the publication date, or {@code null}
   */
  static List<Match> find(List<CoreLabel> tokens, boolean[] blocked, LocalDate published) {
    List<Match> matches = new ArrayList<>();
    Integer sentenceYear = null;
    int i = 0;
    while (i < tokens.size()) {
      Match match = blocked[i] ? null : matchAt(tokens, i, published);
      if (match != null && !anyBlocked(blocked, match)) {
        match = inYear(match, sentenceYear);
        matches.add(match);
        if (match.explicitYear() && match.calendar()) {
          sentenceYear = Integer.parseInt(match.value().substring(0, 4));
        }
        i = match.end();
      } else {
        i++;
      }
    }
    return matches;
  }

  /**
   * A month or month and day without a year takes the year of a full date or month earlier in the
   * same sentence ("in November 2017, from November 15 to November 29") rather than one anchored
   * by tense.
   */
  private static Match inYear(Match match, Integer sentenceYear) {
    if (sentenceYear == null || match.value() == null || match.explicitYear()) {
      return match;
    }
    String value = match.value();
    if (value.matches("(?:\\d{4}|XXXX)-\\d{2}(?:-\\d{2})?") && match.calendar()) {
      return new Match(match.start(), match.end(), sentenceYear + value.substring(4), true, true);
    }
    return match;
  }

  private static boolean anyBlocked(boolean[] blocked, Match match) {
    for (int i = match.start(); i < match.end(); i++) {
      if (blocked[i]) {
        return true;
      }
    }
    return false;
  }

  private static Match matchAt(List<CoreLabel> tokens, int i, LocalDate published) {
    String word = tokens.get(i).word();
    String lower = word.toLowerCase(Locale.ROOT);
    String period = midPeriod(word);
    if (period != null) {
      return YEAR.matcher(period).matches()
          ? new Match(i, i + 1, period, true, true)
          : monthForms(tokens, i, monthOf(period), "in", published);
    }
    String previous = i > 0 ? tokens.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
    Integer month = monthOf(word);
    if (month == null && i + 1 < tokens.size() && (DAY.matcher(tokens.get(i + 1).word()).matches() || YEAR.matcher(tokens.get(i + 1).word()).matches())) {
      month = abbreviatedMonthOf(word);
    }
    if (month != null) {
      return monthForms(tokens, i, month, previous, published);
    }
    if (DAY.matcher(word).matches() && i + 1 < tokens.size()) {
      Integer dayMonth = monthOf(tokens.get(i + 1).word());
      if (dayMonth == null) {
        dayMonth = abbreviatedMonthOf(tokens.get(i + 1).word());
      }
      if (dayMonth != null) {
        return dayFirstForms(tokens, i, dayMonth, published);
      }
    }
    if (YEAR.matcher(word).matches()) {
      return bareYear(tokens, i, previous);
    }
    if (MODIFIERS.contains(previous) && !previous.equals("the")) {
      return lastThisNext(tokens, i, previous, published);
    }
    DayOfWeek weekday = weekdayOf(lower);
    if (weekday != null) {
      if (MODIFIERS.contains(previous)) {
        return null;
      }
      Match dated = weekdayThenDate(tokens, i, published);
      if (dated != null) {
        return dated;
      }
      int end = i + 1 < tokens.size() && PARTS_OF_DAY.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT)) ? i + 2 : i + 1;
      String value = published == null
          ? "XXXX-WXX-" + weekday.getValue()
          : DateAnchoring.weekday(weekday, published, DateAnchoring.tenseAround(i, tokens)).toString();
      return new Match(i, end, value);
    }
    if (NUMBERS.containsKey(lower) || lower.matches("\\d{1,3}")) {
      return ago(tokens, i, lower, published);
    }
    return switch (lower) {
      case "today", "tonight" -> new Match(i, i + 1, published == null ? null : published.toString());
      case "yesterday" -> new Match(i, i + 1, published == null ? null : published.minusDays(1).toString());
      case "tomorrow" -> new Match(i, i + 1, published == null ? null : published.plusDays(1).toString());
      default -> null;
    };
  }

  /** "November 11, 2017", "Nov. 11 2017", "May 2017", "May of 2017", "Jan. 29", "in August". */
  private static Match monthForms(List<CoreLabel> tokens, int i, int month, String previous, LocalDate published) {
    int n = tokens.size();
    if (i + 1 < n && DAY.matcher(tokens.get(i + 1).word()).matches()) {
      int day = dayOf(tokens.get(i + 1).word());
      int next = i + 2;
      if (next < n && tokens.get(next).word().equals(",")) {
        next++;
      }
      if (next < n && YEAR.matcher(tokens.get(next).word()).matches()) {
        return dated(i, next + 1, Integer.parseInt(tokens.get(next).word()), month, day);
      }
      return new Match(i, i + 2, published == null
          ? String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day)
          : DateAnchoring.monthDay(month, day, published, DateAnchoring.tenseAround(i, tokens)).toString(), false, true);
    }
    int next = i + 1;
    if (next < n && (tokens.get(next).word().equals(",") || tokens.get(next).word().equalsIgnoreCase("of"))) {
      next++;
    }
    if (next < n && YEAR.matcher(tokens.get(next).word()).matches()) {
      return new Match(i, next + 1, YearMonth.of(Integer.parseInt(tokens.get(next).word()), month).toString(), true, true);
    }
    if (!DATE_LEADS.contains(previous) || MODIFIERS.contains(previous)) {
      return null;
    }
    return new Match(i, i + 1, published == null
        ? String.format(Locale.ROOT, "XXXX-%02d", month)
        : DateAnchoring.month(month, published, DateAnchoring.tenseAround(i, tokens)).toString(), false, true);
  }

  /** "Friday, September 23", "Monday, Sept. 26, 2016": the date decides, not the weekday. */
  private static Match weekdayThenDate(List<CoreLabel> tokens, int i, LocalDate published) {
    int next = i + 1;
    if (next < tokens.size() && tokens.get(next).word().equals(",")) {
      next++;
    }
    if (next >= tokens.size()) {
      return null;
    }
    Integer month = monthOf(tokens.get(next).word());
    if (month == null) {
      month = abbreviatedMonthOf(tokens.get(next).word());
    }
    Match date = null;
    if (month != null && next + 1 < tokens.size() && DAY.matcher(tokens.get(next + 1).word()).matches()) {
      date = monthForms(tokens, next, month, "", published);
    } else if (DAY.matcher(tokens.get(next).word()).matches() && next + 1 < tokens.size()) {
      Integer dayMonth = monthOf(tokens.get(next + 1).word());
      date = dayMonth == null ? null : dayFirstForms(tokens, next, dayMonth, published);
    }
    return date == null ? null : new Match(i, date.end(), date.value(), date.explicitYear(), date.calendar());
  }

  /** "11 November 2017", "11 November". */
  private static Match dayFirstForms(List<CoreLabel> tokens, int i, int month, LocalDate published) {
    int day = dayOf(tokens.get(i).word());
    int next = i + 2;
    if (next < tokens.size() && YEAR.matcher(tokens.get(next).word()).matches()) {
      return dated(i, next + 1, Integer.parseInt(tokens.get(next).word()), month, day);
    }
    return new Match(i, i + 2, published == null
        ? String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day)
        : DateAnchoring.monthDay(month, day, published, DateAnchoring.tenseAround(i, tokens)).toString(), false, true);
  }

  private static Match dated(int start, int end, int year, int month, int day) {
    if (day > YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    return new Match(start, end, LocalDate.of(year, month, day).toString(), true, true);
  }

  /**
   * A four-digit year, unless it is a count ("2000 troops": a round number before a plural noun)
   * or part of a form SUTime reads better ("early 2017", "2016-17", "the 1990s").
   */
  private static Match bareYear(List<CoreLabel> tokens, int i, String previous) {
    if (MODIFIERS.contains(previous) && !previous.equals("the") && !previous.equals("last") && !previous.equals("this")) {
      return null;
    }
    if (i + 1 < tokens.size()) {
      CoreLabel next = tokens.get(i + 1);
      if (next.word().equals("-") || next.word().equals("/") || next.word().equals("s")) {
        return null;
      }
      boolean round = tokens.get(i).word().endsWith("00");
      if (round && "NNS".equals(next.tag()) && !DATE_LEADS.contains(previous)) {
        return null;
      }
    }
    if (previous.equals("last") || previous.equals("this")) {
      return null;
    }
    return new Match(i, i + 1, tokens.get(i).word(), true, false);
  }

  /** "last week", "this month", "next year", "last night", "this morning". */
  private static Match lastThisNext(List<CoreLabel> tokens, int i, String modifier, LocalDate published) {
    String unit = tokens.get(i).word().toLowerCase(Locale.ROOT);
    if (i >= 2 && tokens.get(i - 2).word().equalsIgnoreCase("the")) {
      return null;
    }
    int offset = switch (modifier) {
      case "last" -> -1;
      case "this" -> 0;
      case "next" -> 1;
      default -> Integer.MIN_VALUE;
    };
    if (offset == Integer.MIN_VALUE) {
      return null;
    }
    if (PARTS_OF_DAY.contains(unit)) {
      if (offset == 1 || (offset == -1 && !unit.equals("night"))) {
        return null;
      }
      return new Match(i - 1, i + 1, published == null ? null : published.plusDays(offset).toString());
    }
    if (published == null) {
      return switch (unit) {
        case "week", "month", "year" -> new Match(i - 1, i + 1, null);
        default -> null;
      };
    }
    return switch (unit) {
      case "week" -> new Match(i - 1, i + 1, DateAnchoring.isoWeek(published.plusWeeks(offset)));
      case "month" -> new Match(i - 1, i + 1, YearMonth.from(published).plusMonths(offset).toString());
      case "year" -> new Match(i - 1, i + 1, String.valueOf(published.getYear() + offset));
      default -> null;
    };
  }

  /** "three years ago", "2 weeks ago": at the precision of the unit. */
  private static Match ago(List<CoreLabel> tokens, int i, String number, LocalDate published) {
    if (i + 2 >= tokens.size() || !tokens.get(i + 2).word().equalsIgnoreCase("ago")) {
      return null;
    }
    int count = NUMBERS.containsKey(number) ? NUMBERS.get(number) : Integer.parseInt(number);
    String unit = tokens.get(i + 1).word().toLowerCase(Locale.ROOT);
    if (published == null) {
      return unit.matches("(day|week|month|year)s?") ? new Match(i, i + 3, null) : null;
    }
    String value;
    if (unit.startsWith("day")) {
      value = published.minusDays(count).toString();
    } else if (unit.startsWith("week")) {
      value = DateAnchoring.isoWeek(published.minusWeeks(count));
    } else if (unit.startsWith("month")) {
      value = YearMonth.from(published).minusMonths(count).toString();
    } else if (unit.startsWith("year")) {
      value = String.valueOf(published.getYear() - count);
    } else {
      return null;
    }
    return new Match(i, i + 3, value);
  }

  /** The month a capitalised month name or abbreviation names, else {@code null}. */
  /**
   * The month or year a hyphenated "mid-" word names ("mid-December" is December, "mid-2017" is
   * 2017, at that precision), or {@code null}. The tokenizer keeps such a word whole, so neither
   * the month nor the year reader would see it.
   */
  static String midPeriod(String word) {
    if (word.length() < 8 || !word.regionMatches(true, 0, "mid-", 0, 4)) {
      return null;
    }
    String rest = word.substring(4);
    return YEAR.matcher(rest).matches() || monthOf(rest) != null ? rest : null;
  }

  static Integer monthOf(String word) {
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return null;
    }
    String key = word.toLowerCase(Locale.ROOT);
    if (key.endsWith(".")) {
      key = key.substring(0, key.length() - 1);
    } else if (key.length() <= 4 && !key.equals("may") && !key.equals("june") && !key.equals("july")) {
      // "Mar", "Dec" without a full stop are more often names than months.
      return null;
    }
    return MONTHS.get(key);
  }

  /** "Sep", "Mar": three-letter abbreviations without a full stop, trusted only beside a day or year. */
  private static Integer abbreviatedMonthOf(String word) {
    if (word.length() < 3 || word.length() > 4 || !Character.isUpperCase(word.charAt(0))) {
      return null;
    }
    return MONTHS.get(word.toLowerCase(Locale.ROOT));
  }

  private static int dayOf(String word) {
    return Integer.parseInt(word.replaceAll("\\D", ""));
  }

  private static DayOfWeek weekdayOf(String lower) {
    return switch (lower) {
      case "monday" -> DayOfWeek.MONDAY;
      case "tuesday" -> DayOfWeek.TUESDAY;
      case "wednesday" -> DayOfWeek.WEDNESDAY;
      case "thursday" -> DayOfWeek.THURSDAY;
      case "friday" -> DayOfWeek.FRIDAY;
      case "saturday" -> DayOfWeek.SATURDAY;
      case "sunday" -> DayOfWeek.SUNDAY;
      default -> null;
    };
  }
}
