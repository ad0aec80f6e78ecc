package dev.dossier.nlp;

import dev.dossier.core.DateMention;
import dev.dossier.core.Doc;
import dev.dossier.core.EntityType;
import dev.dossier.core.Layer;
import dev.dossier.core.Layers;
import dev.dossier.core.Mention;
import dev.dossier.core.Sentence;
import dev.dossier.core.Span;
import dev.dossier.core.Stage;
import dev.dossier.core.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds date expressions and normalises them against the article's publication date.
 *
 * <p>Most news dates take a handful of shapes ("on Thursday", "in 2014", "May 2017", "last
 * week"); {@link SimpleDates} reads those directly. SUTime, which costs about a millisecond per
 * call plus a fraction per token, reads only the rest, and only a few tokens around each word that
 * may start such an expression ({@link #WINDOW}); running it on every sentence is a fifth of the
 * cost of CoreNLP's default pipeline. {@link DateAnchoring} then corrects what SUTime anchors
 * without regard to tense ("met on Thursday" is the Thursday before publication, not after).
 * Words inside names ("Theresa May", "Christmas Island") are never dates.
 *
 * <p>Kept: dates and times whose value is a calendar date, week, month, season, quarter, year or
 * decade. Dropped: vague references ("now", "previously"), durations and sets.
 *
 * <p>Reads {@link Layers#TOKENS}, {@link Layers#SENTENCES} and {@link Layers#MENTIONS}; writes
 * {@link Layers#DATES}. Thread-safe.
 */
public final class DateStage implements Stage {

  /**
   * SUTime reads this many tokens either side of a temporal word. Its rules span at most a few
   * tokens ("the second week of last month"), and its cost grows with the tokens it reads.
   */
  static final int WINDOW = 6;

  private static final Pattern CANDIDATE =
      Pattern.compile(
          "(?i)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|"
              + "weekend|weeks?|months?|years?|decades?|century|centuries|quarters?|spring|summer|autumn|winter|"
              + "christmas|easter|thanksgiving|ago|morning|afternoon|evening|night|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?|\\d{4}-\\d{2}(?:-\\d{2})?|'\\d\\ds|(?:1[5-9]|20)\\d\\ds?)");

  /** Parts of a day date nothing alone ("at night"); with a day they are read with it ("Sunday night", "last night"). */
  private static final Pattern PART_OF_DAY = Pattern.compile("(?i)morning|afternoon|evening|night");

  /** Calendar units SUTime can turn into a date when a word such as "the" or "first" precedes them. */
  private static final Pattern UNIT = Pattern.compile("(?i)weekend|weeks?|months?|years?|decades?|century|centuries|quarters?");

  private static final Set<String> UNIT_LEADS =
      Set.of("the", "this", "that", "last", "next", "past", "coming", "previous", "same", "first", "second", "third", "fourth", "final",
          "early", "late", "mid", "current", "following", "fiscal", "calendar");

  private static final Set<String> MONTH_LEADS = Set.of("early", "late", "mid", "mid-", "last", "this", "next", "coming", "past", "the", "every", "each");

  private static final Pattern KEPT_VALUE =
      Pattern.compile("^(?:\\d{4}|\\d{3}X|\\d{2}XX|XXXX)(?:-(?:W\\d{2}|WXX|\\d{2}|XX|Q\\d|SP|SU|FA|WI)(?:-(?:\\d{2}|\\d|XX))?)?(?:T\\d{2}:\\d{2}(?::\\d{2})?)?$");

  @Override
  public String name() {
    return "dates";
  }

  @Override
  public int version() {
    return 2;
  }

  @Override
  public Set<Layer<?>> reads() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.MENTIONS);
  }

  @Override
  public Set<Layer<?>> writes() {
    return Set.of(Layers.DATES);
  }

  @Override
  public Doc process(Doc doc) {
    LocalDate published = doc.article().published();
    List<Token> allTokens = doc.get(Layers.TOKENS);
    List<Mention> names = doc.get(Layers.MENTIONS).stream().filter(m -> m.type() != EntityType.MISC).toList();
    List<DateMention> dates = new ArrayList<>();
    int nameIndex = 0;
    for (Sentence sentence : doc.get(Layers.SENTENCES)) {
      if (!hasCandidate(allTokens, sentence)) {
        continue;
      }
      while (nameIndex < names.size() && names.get(nameIndex).span().end() <= sentence.span().start()) {
        nameIndex++;
      }
      List<CoreLabel> tokens = CoreLabels.of(doc, sentence);
      boolean[] blocked = insideNames(tokens, names, nameIndex);
      List<DateMention> found = new ArrayList<>();
      boolean[] covered = new boolean[tokens.size()];
      for (SimpleDates.Match match : SimpleDates.find(tokens, blocked, published)) {
        for (int i = match.start(); i < match.end(); i++) {
          covered[i] = true;
        }
        if (match.value() != null) {
          Span span = new Span(tokens.get(match.start()).beginPosition(), tokens.get(match.end() - 1).endPosition());
          found.add(new DateMention(span, span.of(doc.text()), match.value()));
        }
      }
      for (int[] window : windows(tokens, covered, blocked)) {
        for (DateMention date : sutime(doc, sentence, tokens, window, published)) {
          found.removeIf(simple -> simple.span().overlaps(date.span()) && date.span().length() > simple.span().length());
          if (found.stream().noneMatch(other -> other.span().overlaps(date.span()))) {
            found.add(date);
          }
        }
      }
      found.sort(Comparator.comparing(DateMention::span));
      dates.addAll(found);
    }
    return doc.with(Layers.DATES, dates, producer());
  }

  private static boolean hasCandidate(List<Token> tokens, Sentence sentence) {
    for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
      String word = tokens.get(i).word();
      if (CANDIDATE.matcher(word).matches() || SimpleDates.monthOf(word) != null || SimpleDates.midPeriod(word) != null) {
        return true;
      }
    }
    return false;
  }

  private static boolean[] insideNames(List<CoreLabel> tokens, List<Mention> names, int from) {
    boolean[] blocked = new boolean[tokens.size()];
    for (int n = from; n < names.size(); n++) {
      Span name = names.get(n).span();
      if (name.start() >= tokens.get(tokens.size() - 1).endPosition()) {
        break;
      }
      for (int i = 0; i < tokens.size(); i++) {
        if (name.overlaps(new Span(tokens.get(i).beginPosition(), tokens.get(i).endPosition()))) {
          blocked[i] = true;
        }
      }
    }
    return blocked;
  }

  /** Windows around words the simple recogniser left that SUTime may turn into a date; merged where they touch. */
  static List<int[]> windows(List<CoreLabel> tokens, boolean[] covered, boolean[] blocked) {
    List<int[]> windows = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (covered[i] || blocked[i] || !needsSutime(tokens, i)) {
        continue;
      }
      int from = Math.max(0, i - WINDOW);
      int to = Math.min(tokens.size(), i + WINDOW + 1);
      int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
      if (last != null && from <= last[1]) {
        last[1] = Math.max(last[1], to);
      } else {
        windows.add(new int[] {from, to});
      }
    }
    return windows;
  }

  /**
   * Whether a word the simple recogniser did not read may still start a date SUTime can value: a
   * month or unit after a word such as "early" or "the", a year in another shape, a holiday, a
   * season, "ago". Bare units ("for years") and a bare "May" are durations or verbs, not dates.
   */
  private static boolean needsSutime(List<CoreLabel> tokens, int i) {
    String word = tokens.get(i).word();
    String previous = i > 0 ? tokens.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
    if (SimpleDates.monthOf(word) != null) {
      return MONTH_LEADS.contains(previous) || previous.matches("\\d+(?:st|nd|rd|th)?");
    }
    if (UNIT.matcher(word).matches()) {
      return UNIT_LEADS.contains(previous);
    }
    return CANDIDATE.matcher(word).matches() && !PART_OF_DAY.matcher(word).matches();
  }

  private static List<DateMention> sutime(Doc doc, Sentence sentence, List<CoreLabel> tokens, int[] window, LocalDate published) {
    List<CoreLabel> windowTokens = tokens.subList(window[0], window[1]);
    Sentence part = new Sentence(
        new Span(windowTokens.get(0).beginPosition(), windowTokens.get(windowTokens.size() - 1).endPosition()),
        sentence.firstToken() + window[0],
        sentence.firstToken() + window[1]);
    CoreMap coreSentence = CoreLabels.sentence(doc, part, windowTokens);
    String anchor = published == null ? null : published.toString();
    List<DateMention> dates = new ArrayList<>();
    for (CoreMap expression : CoreNlp.timeExtractor().extractTimeExpressionCoreMaps(coreSentence, anchor)) {
      Timex timex = expression.get(TimeAnnotations.TimexAnnotation.class);
      List<CoreLabel> covered = expression.get(CoreAnnotations.TokensAnnotation.class);
      if (timex == null || timex.value() == null || !isDateLike(timex.timexType()) || covered == null || covered.isEmpty()) {
        continue;
      }
      Span span = new Span(covered.get(0).beginPosition(), covered.get(covered.size() - 1).endPosition());
      String text = span.of(doc.text());
      String value = DateAnchoring.anchor(text, withoutTimeOfDay(timex.value()), published, tokens);
      if (value != null && KEPT_VALUE.matcher(value).matches()) {
        dates.add(new DateMention(span, text, value));
      }
    }
    return dates;
  }

  private static boolean isDateLike(String timexType) {
    return "DATE".equals(timexType) || "TIME".equals(timexType);
  }

  /** "2018-02-04TMO" (Sunday morning) is not ISO-8601; the day is what the text fixes. */
  static String withoutTimeOfDay(String value) {
    int t = value.indexOf('T');
    if (t > 0 && t + 1 < value.length() && !Character.isDigit(value.charAt(t + 1))) {
      return value.substring(0, t);
    }
    return value;
  }
}
