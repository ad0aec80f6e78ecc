package dev.dossier.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Re-anchors underspecified dates by the tense of the verb they attach to.
 *
 * <p>A bare weekday, a bare month or a month and day without a year name a date only relative to
 * the publication date, and which one depends on tense: in a story published on Monday
 * 5 February, "met on Thursday" is 1 February while "will meet on Thursday" is 8 February. SUTime
 * picks by its own rules (often the same week, whatever the tense), so Dossier decides from the
 * nearest verb group instead: past tense takes the latest matching date on or before publication,
 * future the earliest one after it, present tense keeps SUTime's choice. "Three years ago" is
 * also cut to the precision its unit gives (a year, not a day).
 */
final class DateAnchoring {

  private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
  private static final String MONTH =
      "(jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?|sept?(?:ember|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)";
  private static final String LEAD = "(?:(?:on|in|by|since|until|till|from|during|for|of|the|early|late|mid|mid-|the end of|the beginning of|the start of|the middle of)\\s+)*";

  private static final Pattern BARE_WEEKDAY = Pattern.compile("^" + LEAD + WEEKDAY + "(?:\\s+(?:morning|afternoon|evening|night))?$");
  private static final Pattern BARE_MONTH = Pattern.compile("^" + LEAD + "(?:mid-)?" + MONTH + "$");
  private static final Pattern MONTH_DAY =
      Pattern.compile("^" + LEAD + "(?:" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ")$");
  private static final Pattern AGO = Pattern.compile("\\b(years?|months?|weeks?|days?)\\s+ago$");

  private static final Pattern DAY_VALUE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})$");
  private static final Pattern MONTH_VALUE = Pattern.compile("^(\\d{4}-\\d{2})$");

  private static final Set<String> FUTURE_WORDS =
      Set.of("will", "'ll", "shall", "wo", "scheduled", "planned", "planning", "plans", "plan", "expected", "due", "set", "going", "upcoming", "intends", "aims");

  enum Tense { PAST, PRESENT, FUTURE }

  private DateAnchoring() {}

  /**
   * The value to keep for an expression.
   *
   * @param text the expression's text
   * @param value SUTime's value, without any time of day
   * @param published the publication date, or {@code null} (then SUTime's value is kept)
   * @param sentence the sentence's tokens, with part-of-speech tags
   */
  static String anchor(String text, String value, LocalDate published, List<CoreLabel> sentence) {
    if (published == null) {
      return value;
    }
    String lower = text.toLowerCase(Locale.ROOT).strip();
    Matcher ago = AGO.matcher(lower);
    if (ago.find()) {
      return coarsen(value, ago.group(1));
    }
    boolean weekday = BARE_WEEKDAY.matcher(lower).matches();
    boolean month = BARE_MONTH.matcher(lower).matches();
    boolean monthDay = MONTH_DAY.matcher(lower).matches();
    if (!weekday && !month && !monthDay) {
      return value;
    }
    Tense tense = tenseAround(indexOf(text, sentence), sentence);
    if (tense == Tense.PRESENT) {
      return value;
    }
    try {
      if (weekday && DAY_VALUE.matcher(value).matches()) {
        return weekday(LocalDate.parse(value).getDayOfWeek(), published, tense).toString();
      }
      if (monthDay && DAY_VALUE.matcher(value).matches()) {
        LocalDate date = LocalDate.parse(value);
        return monthDay(date.getMonthValue(), date.getDayOfMonth(), published, tense).toString();
      }
      if (month && MONTH_VALUE.matcher(value).matches()) {
        return month(YearMonth.parse(value).getMonthValue(), published, tense).toString();
      }
    } catch (java.time.DateTimeException e) {
      return value;
    }
    return value;
  }

  /**
   * The date a bare weekday names: the next one after publication in future tense, otherwise the
   * latest one on or before it (news in the present tense, as in headlines, mostly reports what
   * has happened).
   */
  static LocalDate weekday(DayOfWeek day, LocalDate published, Tense tense) {
    return tense == Tense.FUTURE ? published.with(TemporalAdjusters.next(day)) : published.with(TemporalAdjusters.previousOrSame(day));
  }

  /**
   * The date a month and day without a year name: the next one on or after publication in future
   * tense, the latest one on or before it in past tense, the nearest one in present tense.
   */
  static LocalDate monthDay(int month, int day, LocalDate published, Tense tense) {
    LocalDate thisYear = atDay(published.getYear(), month, day);
    LocalDate before = thisYear.isAfter(published) ? atDay(published.getYear() - 1, month, day) : thisYear;
    LocalDate after = thisYear.isBefore(published) ? atDay(published.getYear() + 1, month, day) : thisYear;
    return switch (tense) {
      case PAST -> before;
      case FUTURE -> after;
      case PRESENT -> ChronoUnit.DAYS.between(before, published) <= ChronoUnit.DAYS.between(published, after) ? before : after;
    };
  }

  private static LocalDate atDay(int year, int month, int day) {
    return LocalDate.of(year, month, Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
  }

  /** The month a bare month name names, by the same rule as {@link #monthDay}. */
  static YearMonth month(int month, LocalDate published, Tense tense) {
    YearMonth now = YearMonth.from(published);
    YearMonth before = YearMonth.of(published.getYear(), month);
    if (before.isAfter(now)) {
      before = before.minusYears(1);
    }
    YearMonth after = before.equals(now) ? now : before.plusYears(1);
    return switch (tense) {
      case PAST -> before;
      case FUTURE -> after;
      case PRESENT -> ChronoUnit.MONTHS.between(before, now) <= ChronoUnit.MONTHS.between(now, after) ? before : after;
    };
  }

  /** An ISO week value, {@code 2018-W04}. */
  static String isoWeek(LocalDate date) {
    return String.format(Locale.ROOT, "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** "three years ago" names a year, not the day three years before publication. */
  private static String coarsen(String value, String unit) {
    if (!DAY_VALUE.matcher(value).matches()) {
      return value;
    }
    LocalDate date = LocalDate.parse(value);
    if (unit.startsWith("year")) {
      return String.valueOf(date.getYear());
    }
    if (unit.startsWith("month")) {
      return YearMonth.from(date).toString();
    }
    if (unit.startsWith("week")) {
      return isoWeek(date);
    }
    return value;
  }

  /**
   * The tense of the verb group an expression attaches to: the nearer of the verbs before and
   * after it in the sentence.
   *
   * @param at index of the expression's first token in the sentence
   */
  static Tense tenseAround(int at, List<CoreLabel> sentence) {
    int left = -1;
    for (int i = at - 1; i >= 0 && left < 0; i--) {
      if (isVerbal(sentence.get(i))) {
        left = i;
      }
    }
    int right = -1;
    for (int i = Math.max(at, 0); i < sentence.size() && right < 0; i++) {
      if (isVerbal(sentence.get(i))) {
        right = i;
      }
    }
    // The closer verb governs: "in February, he went" takes "went", not a verb earlier in the
    // sentence; ties go to the verb before, the usual place in English.
    int verb = left < 0 ? right : right < 0 ? left : (right - at < at - left ? right : left);
    if (verb < 0) {
      return Tense.PAST;
    }
    int start = verb;
    while (start > 0 && isVerbGroupPart(sentence.get(start - 1))) {
      start--;
    }
    int end = verb + 1;
    while (end < sentence.size() && isVerbGroupPart(sentence.get(end))) {
      end++;
    }
    boolean past = false;
    boolean present = false;
    for (int i = start; i < end; i++) {
      CoreLabel token = sentence.get(i);
      String word = token.word().toLowerCase(Locale.ROOT);
      String tag = token.tag() == null ? "" : token.tag();
      if (FUTURE_WORDS.contains(word) || (word.equals("to") && i > start && "going".equalsIgnoreCase(sentence.get(i - 1).word()))) {
        return Tense.FUTURE;
      }
      past |= tag.equals("VBD") || (tag.equals("VBN") && i > start);
      present |= tag.equals("VBZ") || tag.equals("VBP");
    }
    if (past) {
      return Tense.PAST;
    }
    return present ? Tense.PRESENT : Tense.PAST;
  }

  private static int indexOf(String text, List<CoreLabel> sentence) {
    String first = text.split("\\s+")[0];
    for (int i = 0; i < sentence.size(); i++) {
      if (sentence.get(i).originalText().equals(first) || sentence.get(i).word().equals(first)) {
        return i;
      }
    }
    return 0;
  }

  private static boolean isVerbal(CoreLabel token) {
    String tag = token.tag();
    return tag != null && (tag.startsWith("VB") || tag.equals("MD"));
  }

  private static boolean isVerbGroupPart(CoreLabel token) {
    String tag = token.tag();
    return tag != null && (tag.startsWith("VB") || tag.equals("MD") || tag.equals("RB") || tag.equals("TO"));
  }
}
