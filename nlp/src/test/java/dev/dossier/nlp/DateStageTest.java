package dev.dossier.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dossier.core.DateMention;
import dev.dossier.core.Doc;
import dev.dossier.core.Layers;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateStageTest {

  /** Friday 2 February 2018, the week Naryshkin's visit was reported. */
  private static final LocalDate FRIDAY = LocalDate.of(2018, 2, 2);

  private static List<DateMention> dates(String text, LocalDate published) {
    Doc doc = Docs.analyse(text, published);
    return doc.get(Layers.DATES);
  }

  @Test
  void process_weekdayInPastTense_isTheDayBeforePublication() {
    assertThat(dates("On Tuesday, the Russian embassy issued tweets dismissing Pompeo's remarks.", FRIDAY))
        .extracting(DateMention::text, DateMention::value)
        .containsExactly(tuple("Tuesday", "2018-01-30"));
  }

  @Test
  void process_weekdayInFutureTense_isTheDayAfterPublication() {
    assertThat(dates("Pompeo will meet the Senate Intelligence Committee on Tuesday.", FRIDAY))
        .extracting(DateMention::value)
        .containsExactly("2018-02-06");
  }

  @Test
  void process_weekdayBeforeNoun_takesTenseOfTheClause() {
    assertThat(dates("CIA Director Mike Pompeo defended the meeting in a Thursday letter to Senate Minority Leader Chuck Schumer.", FRIDAY))
        .extracting(DateMention::value)
        .containsExactly("2018-02-01");
  }

  @Test
  void process_relativeWeeksAndYears_areIsoWeeksAndYears() {
    assertThat(dates("Russian spy chief met U.S. officials in United States last week", FRIDAY))
        .extracting(DateMention::text, DateMention::value)
        .containsExactly(tuple("last week", "2018-W04"));
    assertThat(dates("Just this week, Pompeo warned in an interview with the BBC.", FRIDAY)).extracting(DateMention::value).containsExactly("2018-W05");
    assertThat(dates("Last year, Russian operatives travelled to England.", LocalDate.of(2019, 9, 10)))
        .extracting(DateMention::value)
        .containsExactly("2018");
  }

  @Test
  void process_monthWithoutYearInPastTense_isTheMonthBefore() {
    assertThat(dates("CAATSA is a law signed by Trump in August that imposed sanctions on Russia.", FRIDAY))
        .extracting(DateMention::text, DateMention::value)
        .containsExactly(tuple("August", "2017-08"));
  }

  @Test
  void process_monthWithoutYearInFutureTense_isTheMonthAfter() {
    assertThat(dates("The summit is scheduled for December in Buenos Aires.", FRIDAY)).extracting(DateMention::value).containsExactly("2018-12");
  }

  @Test
  void process_hyphenatedMidMonthOrYear_isThatMonthOrYear() {
    assertThat(dates("Naryshkin travelled to Washington in mid-January, weeks after sanctions imposed in mid-2014 were extended.", FRIDAY))
        .extracting(DateMention::text, DateMention::value)
        .containsExactly(tuple("mid-January", "2018-01"), tuple("mid-2014", "2014"));
    assertThat(dates("Sanctions were imposed in mid-March 2014.", FRIDAY))
        .extracting(DateMention::text, DateMention::value)
        .containsExactly(tuple("mid-March 2014", "2014-03"));
  }

  @Test
  void process_explicitDates_keepTheirOwnPrecision() {
    assertThat(dates("Donald Trump met Vladimir Putin at the summit in Vietnam on November 11, 2017, after a May 2017 meeting and sanctions in 2014.", FRIDAY))
        .extracting(DateMention::text, DateMention::value)
        .containsExactly(tuple("November 11, 2017", "2017-11-11"), tuple("May 2017", "2017-05"), tuple("2014", "2014"));
  }

  @Test
  void process_weekdayThenDate_dateDecides() {
    assertThat(dates("The debate was held at Hofstra University on Monday, Sept. 26, 2016.", FRIDAY))
        .extracting(DateMention::text, DateMention::value)
        .containsExactly(tuple("Monday, Sept. 26, 2016", "2016-09-26"));
  }

  @Test
  void process_monthDayAfterFullDateInSentence_takesThatYear() {
    assertThat(dates("The station will be visible for 15 days in November 2019, from November 15 to November 29.", FRIDAY))
        .extracting(DateMention::value)
        .containsExactly("2019-11", "2019-11-15", "2019-11-29");
  }

  @Test
  void process_yearsAgo_hasThePrecisionOfItsUnit() {
    assertThat(dates("Three years ago, the Obama administration sanctioned him.", FRIDAY)).extracting(DateMention::value).containsExactly("2015");
  }

  @Test
  void process_monthInsideAPersonsName_isNotADate() {
    assertThat(dates("British Prime Minister Theresa May met Donald Trump in Washington.", FRIDAY)).isEmpty();
  }

  @Test
  void process_countBeforeNoun_isNotAYear() {
    assertThat(dates("The Pentagon sent 2000 troops to the border.", FRIDAY)).isEmpty();
  }

  @Test
  void process_expressionOnlySutimeReads_isFound() {
    assertThat(dates("The crisis began in early 2014 and worsened over the summer.", FRIDAY))
        .extracting(DateMention::text)
        .contains("early 2014");
  }

  @Test
  void process_noPublicationDate_relativeDatesKeepUnknownParts() {
    assertThat(dates("On Thursday, Pompeo struck back in a letter of his own. The law was signed in August.", null))
        .extracting(DateMention::text, DateMention::value)
        .containsExactly(tuple("Thursday", "XXXX-WXX-4"), tuple("August", "XXXX-08"));
  }

  @Test
  void process_vagueReferences_dropped() {
    assertThat(dates("The agent could now be moved elsewhere; he had previously spied for the British.", FRIDAY)).isEmpty();
  }

  @Test
  void process_everyDate_textEqualsItsSpan() {
    String text = "On Thursday, Pompeo struck back. Last year, on 19 Sep 2016, and yesterday, things changed.";
    Doc doc = Docs.analyse(text, FRIDAY);

    assertThat(doc.get(Layers.DATES)).isNotEmpty().allSatisfy(d -> assertThat(d.span().of(text)).isEqualTo(d.text()));
  }
}
