package dev.dossier.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One named way of recognising a boilerplate line, with the reason code recorded when it removes
 * one. A rule sees a single normalised, trimmed, non-empty line and answers whether the whole line
 * is boilerplate; it never edits inside a line.
 *
 * <p>Every rule has a word limit: real boilerplate is short, and a limit is the cheapest guard
 * against removing a sentence that happens to start like a teaser. A rule may also name stems, one
 * of which a line must contain (ignoring case) before its test runs: a cheap filter that keeps
 * hundreds of thousands of lines away from the regular expressions. Rules are immutable and
 * thread-safe.
 */
public final class Rule {

  private final String name;
  private final String reason;
  private final int maxWords;
  private final Predicate<String> test;
  private final List<String> stems;

  private Rule(String name, String reason, int maxWords, Predicate<String> test, List<String> stems) {
    this.name = Objects.requireNonNull(name, "name");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.test = Objects.requireNonNull(test, "test");
    if (maxWords < 1) {
      throw new IllegalArgumentException("rule '" + name + "': maxWords must be >= 1, was " + maxWords);
    }
    this.maxWords = maxWords;
    this.stems = List.copyOf(stems);
  }

  private Rule(String name, String reason, int maxWords, Predicate<String> test) {
    this(name, reason, maxWords, test, List.of());
  }

  /**
   * This rule, run only on lines that contain one of {@code stems} (ignoring case). Every line the
   * rule removes must contain one; the stems only save work. The line is searched with a space
   * before it, so a stem starting with a space matches at the start of any word: {@code " ad"}
   * finds "Ad" and "advert" but not "said".
   */
  public Rule requiring(String... stems) {
    List<String> lower = new ArrayList<>();
    for (String stem : stems) {
      lower.add(stem.toLowerCase(Locale.ROOT));
    }
    return new Rule(name, reason, maxWords, test, lower);
  }

  /**
   * A rule that removes a line of at most {@code maxWords} words matching {@code regex} as a whole,
   * ignoring case.
   *
   * @throws java.util.regex.PatternSyntaxException if the expression is invalid
   */
  public static Rule matching(String name, String reason, int maxWords, String regex) {
    Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    return new Rule(name, reason, maxWords, line -> pattern.matcher(line).matches());
  }

  /**
   * A rule that removes a line of at most {@code maxWords} words in which {@code regex} occurs
   * anywhere, ignoring case. Cheaper than {@code .*x.*} with {@link #matching}, which backtracks.
   *
   * @throws java.util.regex.PatternSyntaxException if the expression is invalid
   */
  public static Rule containing(String name, String reason, int maxWords, String regex) {
    Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    return new Rule(name, reason, maxWords, line -> pattern.matcher(line).find());
  }

  /** A rule that removes a line of at most {@code maxWords} words for which {@code test} holds. */
  public static Rule when(String name, String reason, int maxWords, Predicate<String> test) {
    return new Rule(name, reason, maxWords, test);
  }

  /** A short, stable, lower-case name such as {@code teaser-label}. */
  public String name() {
    return name;
  }

  /** The reason code recorded with each removal, one of {@link Reasons}. */
  public String reason() {
    return reason;
  }

  /** The longest line, in words, this rule may remove. */
  public int maxWords() {
    return maxWords;
  }

  /** Whether this rule removes the line (normalised, trimmed, non-empty). */
  public boolean matches(String line) {
    return matches(line, searchForm(line), Words.count(line));
  }

  /** The form stems are looked for in: lower case, with a space before it. */
  static String searchForm(String line) {
    return " " + line.toLowerCase(Locale.ROOT);
  }

  /** As {@link #matches(String)}, with the line's {@link #searchForm} and word count computed once. */
  boolean matches(String line, String searchForm, int words) {
    if (words > maxWords) {
      return false;
    }
    if (!stems.isEmpty() && !containsAny(searchForm)) {
      return false;
    }
    return test.test(line);
  }

  private boolean containsAny(String searchForm) {
    for (String stem : stems) {
      if (searchForm.contains(stem)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return name + " (" + reason + ")";
  }
}
