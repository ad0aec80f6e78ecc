package dev.dossier.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Doc;
import dev.dossier.core.Layers;
import dev.dossier.core.Quote;
import dev.dossier.core.QuoteKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The quote stage on real news sentences: the seeds' and wire copy of the shapes attributions take. */
class QuoteStageTest {

  private static List<Quote> quotes(String text) {
    Doc doc = QuotesOf.analysed(text);
    for (Quote quote : doc.get(Layers.QUOTES)) {
      assertThat(quote.parts()).allSatisfy(part -> assertThat(part.end()).isLessThanOrEqualTo(text.length()));
      assertThat(quote.span().of(text)).startsWith(quote.parts().getFirst().of(text));
    }
    return doc.get(Layers.QUOTES);
  }

  private static Optional<Quote> containing(List<Quote> quotes, String words, QuoteKind kind) {
    return quotes.stream().filter(q -> q.kind() == kind && q.text().contains(words)).findFirst();
  }

  @Test
  void process_quoteThenSpeakerToldOutlet_directWithSpeakerCueAndAddressee() {
    List<Quote> quotes = quotes("Just this week, Pompeo warned in an interview with the BBC that Russian Federation was still a threat to American elections.\n\n"
        + "\"I haven't seen a significant decrease in their activity\", Pompeo told the BBC.");

    Quote quote = containing(quotes, "I haven't seen a significant decrease", QuoteKind.DIRECT).orElseThrow();
    assertThat(quote.text()).isEqualTo("I haven't seen a significant decrease in their activity");
    assertThat(quote.speaker().name()).isEqualTo("Pompeo");
    assertThat(quote.speaker().entity()).isEqualTo("person:pompeo");
    assertThat(quote.cueText()).isEqualTo("told");
    assertThat(quote.addressee()).isEqualTo("BBC");
  }

  @Test
  void process_titledSpeakerThenPronoun_titleIsDescriptionAndPronounResolves() {
    List<Quote> quotes = quotes("CIA Director Mike Pompeo said the meeting was routine. He said there was nothing unusual about it.");

    Quote first = containing(quotes, "the meeting was routine", QuoteKind.REPORTED).orElseThrow();
    assertThat(first.speaker().name()).isEqualTo("Mike Pompeo");
    assertThat(first.speaker().description()).isEqualTo("CIA Director");
    Quote second = containing(quotes, "there was nothing unusual", QuoteKind.REPORTED).orElseThrow();
    assertThat(second.speaker().name()).isEqualTo("Mike Pompeo");
    assertThat(second.speaker().entity()).isEqualTo(first.speaker().entity());
    assertThat(second.speaker().description()).isEqualTo("He");
  }

  @Test
  void process_quoteSplitByAttribution_oneQuoteOfTwoParts() {
    List<Quote> quotes = quotes("\"We're talking about a Senate that could be on a knife's edge,\" said David Wasserman, House editor for the Cook Political Report. "
        + "\"It could truly take on a national import.\"");

    Quote quote = containing(quotes, "knife's edge", QuoteKind.DIRECT).orElseThrow();
    assertThat(quote.parts()).hasSize(2);
    assertThat(quote.text()).endsWith("It could truly take on a national import.");
    assertThat(quote.speaker().name()).isEqualTo("David Wasserman");
    assertThat(quote.speaker().description()).contains("House editor for the Cook Political Report");
  }

  @Test
  void process_partialQuoteInReportedSpeech_partialTakesTheSpeaker() {
    List<Quote> quotes = quotes("On Thursday, Pompeo struck back in a letter of his own, telling Schumer that there was nothing \"untoward\" about "
        + "United States and Russian intelligence officials meeting.");

    Quote reported = containing(quotes, "there was nothing", QuoteKind.REPORTED).orElseThrow();
    assertThat(reported.speaker().name()).isEqualTo("Pompeo");
    assertThat(reported.cueText()).isEqualTo("telling");
    assertThat(reported.addressee()).isEqualTo("Schumer");
    Quote partial = containing(quotes, "untoward", QuoteKind.PARTIAL).orElseThrow();
    assertThat(partial.text()).isEqualTo("untoward");
    assertThat(partial.speaker().name()).isEqualTo("Pompeo");
  }

  @Test
  void process_anonymousSourceAndAccordingTo_anonymousSpeakersWithDescription() {
    List<Quote> quotes = quotes("A former senior intelligence official told CNN that the impact of the asset's uncovering would be huge. "
        + "Government agencies at times need to secure waivers to get certain individuals into the country, according to a USA official, "
        + "who agreed to discuss the process only on condition of anonymity.");

    Quote told = containing(quotes, "the impact of the asset's uncovering", QuoteKind.REPORTED).orElseThrow();
    assertThat(told.speaker().anonymous()).isTrue();
    assertThat(told.speaker().description()).isEqualTo("A former senior intelligence official");
    assertThat(told.addressee()).isEqualTo("CNN");
    Quote according = containing(quotes, "need to secure waivers", QuoteKind.REPORTED).orElseThrow();
    assertThat(according.cueText()).isEqualTo("according to");
    assertThat(according.speaker().anonymous()).isTrue();
    assertThat(according.speaker().name()).isEqualTo("a USA official");
  }

  @Test
  void process_outletReportedCiting_bothSpeakersCreditedWithTheContent() {
    List<Quote> quotes = quotes("The United States had allegedly extracted one of its highest-level moles in the Russian government in 2017 over fears "
        + "he could be caught, CNN reported Monday, citing multiple Trump administration officials.");

    List<Quote> reported = quotes.stream().filter(q -> q.text().startsWith("The United States had allegedly extracted")).toList();
    assertThat(reported).extracting(q -> q.speaker().name()).containsExactlyInAnyOrder("CNN", "multiple Trump administration officials");
    assertThat(reported).extracting(Quote::cueText).containsExactlyInAnyOrder("reported", "citing");
    assertThat(reported.getFirst().text()).endsWith("over fears he could be caught");
  }

  @Test
  void process_possessiveOffice_linkedToTheOwner() {
    List<Quote> quotes = quotes("Dan Coats is the director of national intelligence. Coats' office said that while it does not discuss schedules, "
        + "\"any interaction with foreign intelligence agencies would have been conducted in accordance with USA law\".");

    Quote quote = quotes.stream().filter(q -> q.cueText() != null && q.cueText().equals("said")).findFirst().orElseThrow();
    assertThat(quote.speaker().name()).isEqualTo("Coats' office");
    assertThat(quote.speaker().entity()).isEqualTo("person:dan-coats");
    assertThat(quote.text()).startsWith("that while it does not discuss schedules");
  }

  @Test
  void process_definiteDescription_resolvedToTheNamedOrganisation() {
    List<Quote> quotes = quotes("The Central Intelligence Agency released a statement on Friday. The agency said it does not discuss the schedules of its leaders.");

    Quote quote = containing(quotes, "it does not discuss the schedules", QuoteKind.REPORTED).orElseThrow();
    assertThat(quote.speaker().name()).isEqualTo("Central Intelligence Agency");
    assertThat(quote.speaker().description()).isEqualTo("agency");
  }

  @Test
  void process_curlyQuotesAndContinuedParagraph_continuationJoinsTheQuote() {
    List<Quote> quotes = quotes("“We were there under legitimate pretenses,” Figueroa told USA Today.\n\n"
        + "“We left as soon as we were asked to.”\n\nThe debate began at nine.");

    Quote first = containing(quotes, "legitimate pretenses", QuoteKind.DIRECT).orElseThrow();
    assertThat(first.speaker().name()).isEqualTo("Figueroa");
    assertThat(first.addressee()).isEqualTo("USA Today");
    assertThat(first.parts()).hasSize(2);
    assertThat(first.text()).endsWith("We left as soon as we were asked to.");
    assertThat(quotes).filteredOn(q -> q.kind() == QuoteKind.DIRECT).hasSize(1);
  }

  @Test
  void process_scareQuotesWithoutSpeaker_notAQuote() {
    List<Quote> quotes = quotes("More news: Pay gap controversy at BBC an example of a 'bigger problem'");

    assertThat(quotes).isEmpty();
  }

  @Test
  void process_verbOfThoughtWithoutClause_notAnAttribution() {
    List<Quote> quotes = quotes("Analysts expect growth this year. The ministers know the region well.");

    assertThat(quotes).isEmpty();
  }

  @Test
  void process_accusationCallAndPledge_reportedWithTheLearnedCue() {
    List<Quote> quotes = quotes("Russia accused the United States of meddling in its parliamentary elections. "
        + "The European Union called on Turkey to respect the rule of law. "
        + "President Obama pledged to close the prison at Guantanamo Bay.");

    Quote accusation = containing(quotes, "the United States of meddling", QuoteKind.REPORTED).orElseThrow();
    assertThat(accusation.speaker().name()).isEqualTo("Russia");
    assertThat(accusation.cueText()).isEqualTo("accused");
    Quote call = containing(quotes, "Turkey to respect the rule of law", QuoteKind.REPORTED).orElseThrow();
    assertThat(call.speaker().name()).isEqualTo("European Union");
    assertThat(call.cueText()).isEqualTo("called on");
    Quote pledge = containing(quotes, "to close the prison", QuoteKind.REPORTED).orElseThrow();
    assertThat(pledge.speaker().name()).isEqualTo("Obama");
    assertThat(pledge.cueText()).isEqualTo("pledged");
  }

  @Test
  void process_verbWithoutAnAttributedComplement_notAnAttribution() {
    List<Quote> quotes = quotes("The company made a profit of $2 billion last year. Officials asked Clinton to discuss the plan.");

    assertThat(quotes).noneMatch(q -> q.cueText() != null && (q.cueText().equals("made") || q.cueText().equals("discuss")));
  }

  @Test
  void process_attributionInterruptsTheContent_onePartEachSide() {
    List<Quote> quotes = quotes("The new sanctions, the Treasury Department said, target six senior Russian officials.");

    Quote quote = containing(quotes, "The new sanctions", QuoteKind.REPORTED).orElseThrow();
    assertThat(quote.parts()).hasSize(2);
    assertThat(quote.text()).isEqualTo("The new sanctions target six senior Russian officials");
    assertThat(quote.speaker().name()).isEqualTo("Treasury Department");
  }

  @Test
  void process_secondVerbAfterAnd_sharesTheSubjectAndEndsTheFirstContent() {
    List<Quote> quotes = quotes("Chancellor Angela Merkel praised the agreement and said Europe would stand by it.");

    Quote praise = containing(quotes, "the agreement", QuoteKind.REPORTED).orElseThrow();
    assertThat(praise.text()).isEqualTo("the agreement");
    Quote said = containing(quotes, "Europe would stand by it", QuoteKind.REPORTED).orElseThrow();
    assertThat(said.speaker().name()).isEqualTo("Angela Merkel");
    assertThat(said.cueText()).isEqualTo("said");
  }

  @Test
  void process_relativePronounSubject_speakerIsItsAntecedent() {
    List<Quote> quotes = quotes("Hundreds of farmers, who said they had not been paid for months, blocked the highway on Monday.");

    Quote quote = containing(quotes, "they had not been paid", QuoteKind.REPORTED).orElseThrow();
    assertThat(quote.speaker().name()).contains("farmers");
  }

  @Test
  void process_colonAfterTheCue_contentRunsToTheParagraphEnd() {
    List<Quote> quotes = quotes("The foreign minister said: The talks have failed. We will not return to the table.\n\nThe delegation left Geneva.");

    Quote quote = containing(quotes, "The talks have failed", QuoteKind.REPORTED).orElseThrow();
    assertThat(quote.text()).isEqualTo("The talks have failed. We will not return to the table");
  }

  @Test
  void process_testimonialLinesWithDashes_eachQuoteTakesTheNameAfterIt() {
    List<Quote> quotes = quotes("What readers told us.\n\n“The debate changed my mind about the election.”― Maria Lopez\n"
        + "”I will vote for the first time this year.” ― Daniel Ortega Ruiz\n");

    Quote first = containing(quotes, "changed my mind", QuoteKind.DIRECT).orElseThrow();
    assertThat(first.speaker().name()).isEqualTo("Maria Lopez");
    Quote second = containing(quotes, "vote for the first time", QuoteKind.DIRECT).orElseThrow();
    assertThat(second.speaker().name()).isEqualTo("Daniel Ortega Ruiz");
  }

  @Test
  void process_headlineLabelledWithAName_directQuoteOfThatName() {
    List<Quote> quotes = quotes("Pence: Trump Will Accept the Result of the Election\n\nMike Pence, the Republican vice-presidential nominee, spoke to reporters in Ohio on Sunday.");

    Quote quote = containing(quotes, "Trump Will Accept", QuoteKind.DIRECT).orElseThrow();
    assertThat(quote.speaker().name()).isEqualTo("Mike Pence");
    assertThat(quote.speaker().entity()).isEqualTo("person:mike-pence");
  }

  @Test
  void process_objectThenParticipleClause_contentEndsBeforeTheParticiple() {
    List<Quote> quotes = quotes("The European Commission criticized the decision, pointing to the damage it would do to trade.");

    Quote quote = containing(quotes, "the decision", QuoteKind.REPORTED).orElseThrow();
    assertThat(quote.text()).isEqualTo("the decision");
    assertThat(quote.cueText()).isEqualTo("criticized");
  }

  @Test
  void process_objectThenCircumstanceOfTheTelling_contentEndsBeforeIt() {
    List<Quote> quotes = quotes("Senator Elizabeth Warren criticized the bank's chief executive during a hearing of the banking committee.");

    Quote quote = containing(quotes, "chief executive", QuoteKind.REPORTED).orElseThrow();
    assertThat(quote.text()).isEqualTo("the bank's chief executive");
    assertThat(quote.speaker().name()).isEqualTo("Elizabeth Warren");
  }

  @Test
  void process_objectThenRelativeClause_contentEndsBeforeTheRelative() {
    List<Quote> quotes = quotes("The mayor endorsed the plan, which would raise the sales tax by one cent.");

    Quote quote = containing(quotes, "the plan", QuoteKind.REPORTED).orElseThrow();
    assertThat(quote.text()).isEqualTo("the plan");
  }

  @Test
  void process_clauseWithRelativeInside_relativeStaysInTheContent() {
    List<Quote> quotes = quotes("The governor said the bill, which passed the Senate on Tuesday, would cut property taxes.");

    Quote quote = containing(quotes, "the bill", QuoteKind.REPORTED).orElseThrow();
    assertThat(quote.text()).isEqualTo("the bill, which passed the Senate on Tuesday, would cut property taxes");
  }

  @Test
  void process_questionPutToTheSpeaker_reportedWithoutSpeaker() {
    List<Quote> quotes = quotes("Asked whether he would accept the result of the election, Trump said he would keep the country in suspense.");

    Quote question = containing(quotes, "accept the result", QuoteKind.REPORTED).orElseThrow();
    assertThat(question.text()).isEqualTo("whether he would accept the result of the election");
    assertThat(question.speaker()).isNull();
    assertThat(question.cueText()).isEqualTo("Asked");
    Quote answer = containing(quotes, "keep the country in suspense", QuoteKind.REPORTED).orElseThrow();
    assertThat(answer.speaker().name()).isEqualTo("Trump");
  }

  @Test
  void process_passiveQuestion_addresseeIsTheSubject() {
    List<Quote> quotes = quotes("Pompeo was asked about the meeting with the Russian intelligence chiefs.");

    Quote question = containing(quotes, "the meeting", QuoteKind.REPORTED).orElseThrow();
    assertThat(question.text()).isEqualTo("the meeting with the Russian intelligence chiefs");
    assertThat(question.speaker()).isNull();
    assertThat(question.addressee()).isEqualTo("Pompeo");
  }

  @Test
  void process_adjectiveOfBeliefWithClause_reportedStance() {
    List<Quote> quotes = quotes("Democrats are concerned that Russia will try to interfere in the midterm elections. It is certain that the vote will be close.");

    Quote stance = containing(quotes, "Russia will try", QuoteKind.REPORTED).orElseThrow();
    assertThat(stance.text()).isEqualTo("that Russia will try to interfere in the midterm elections");
    assertThat(stance.speaker().name()).isEqualTo("Democrats");
    assertThat(stance.cueText()).isEqualTo("are concerned");
    assertThat(quotes).noneMatch(q -> q.text().contains("the vote will be close"));
  }

  @Test
  void process_answerInOneWord_reported() {
    List<Quote> quotes = quotes("Asked if the sanctions would be lifted, a majority of the senators said no.");

    Quote answer = containing(quotes, "no", QuoteKind.REPORTED).filter(q -> q.text().equals("no")).orElseThrow();
    assertThat(answer.speaker().name()).contains("senators");
  }

  @Test
  void process_objectThenCommaConjunctionAndClause_contentEndsBeforeTheClause() {
    List<Quote> quotes = quotes("The governor endorsed the plan, but the legislature has not yet voted on it.");

    Quote quote = containing(quotes, "the plan", QuoteKind.REPORTED).orElseThrow();
    assertThat(quote.text()).isEqualTo("the plan");
  }

  @Test
  void process_addresseeOfTwoNamesOrAProgrammeTitle_contentAfterTheWholeAddressee() {
    List<Quote> quotes = quotes("The senator told The Washington Post and The New York Times that he would vote against the bill. "
        + "Pompeo told CBS’s “Face the Nation” that Russia was still a threat to American elections.");

    Quote first = containing(quotes, "vote against the bill", QuoteKind.REPORTED).orElseThrow();
    assertThat(first.text()).isEqualTo("that he would vote against the bill");
    assertThat(first.addressee()).isEqualTo("Washington Post and The New York Times");
    Quote second = containing(quotes, "still a threat", QuoteKind.REPORTED).orElseThrow();
    assertThat(second.text()).isEqualTo("that Russia was still a threat to American elections");
    assertThat(second.addressee()).isEqualTo("CBS’s “Face the Nation”");
    assertThat(quotes).noneMatch(q -> q.kind() == QuoteKind.PARTIAL && q.text().equals("Face the Nation"));
  }

  /**
   * Read before the keep model decides: the keep model leaves out one of two attributions that
   * claim the same words, and here the minister's holds the belief's; the belief's bounds are what
   * is tested.
   */
  @Test
  void process_contentEndingInAQuoteThenSaid_contentEndsWithTheQuote() {
    List<Quote> quotes = KeepFeatures.reviewed(QuotesOf.analysed("He believes the agreement will hold because “both sides need the money,” the minister said."))
        .stream().map(ReviewedQuote::quote).toList();

    Quote belief = quotes.stream().filter(q -> q.kind() == QuoteKind.REPORTED && "believes".equals(q.cueText())).findFirst().orElseThrow();
    assertThat(belief.text()).isEqualTo("the agreement will hold because “both sides need the money,”");
  }

  @Test
  void process_saidAboutANumber_clauseIsTheContent() {
    List<Quote> quotes = quotes("The governor said about 20 people have asked to be considered for the seat.");

    Quote quote = quotes.stream().filter(q -> q.kind() == QuoteKind.REPORTED && "said".equals(q.cueText())).findFirst().orElseThrow();
    assertThat(quote.text()).isEqualTo("about 20 people have asked to be considered for the seat");
    assertThat(quote.speaker().name()).isEqualTo("governor");
  }

  @Test
  void process_quotedSentenceAfterItsAttributionInTypewriterMarks_onePartOfTheSameQuote() {
    // The splitter reads the opening '' (or ") of the second quote as the close of the sentence before it.
    String doubled = "''We have the votes,'' the senator said after the meeting on Monday. ''The bill will pass this week.''";
    String straight = "\"We have the votes,\" the senator said after the meeting on Monday. \"The bill will pass this week.\"";

    for (String text : List.of(doubled, straight)) {
      List<Quote> quotes = quotes(text);

      assertThat(quotes).singleElement().satisfies(quote -> {
        assertThat(quote.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(quote.parts()).extracting(part -> part.of(text)).containsExactly("We have the votes", "The bill will pass this week.");
        assertThat(quote.speaker().span().of(text)).isEqualTo("the senator");
      });
    }
  }

  @Test
  void process_objectContentInACommaSetRelativeClause_endsBeforeTheMainVerb() {
    List<Quote> quotes = quotes("The senator, who backed the farm bill, spent the week in Ohio.");

    Quote backed = quotes.stream().filter(q -> "backed".equals(q.cueText())).findFirst().orElseThrow();
    assertThat(backed.text()).isEqualTo("the farm bill");
  }

  @Test
  void process_objectThatIsTheSubjectOfAClause_keepsTheClauseAfterItsAppositive() {
    List<Quote> quotes = quotes("The report shows Better Roads PAC, a group spending millions on ads, made a change in its plans.");

    Quote shows = quotes.stream().filter(q -> "shows".equals(q.cueText())).findFirst().orElseThrow();
    assertThat(shows.text()).isEqualTo("Better Roads PAC, a group spending millions on ads, made a change in its plans");
  }

  @Test
  void process_quotedPhraseAfterADeterminerOrPossessive_isATermNotAPartialQuote() {
    List<Quote> quotes = quotes("Pompeo told the BBC's \"Sunday Politics\" that Russia would keep trying to interfere. "
        + "Schumer said the meeting was a \"stunning lapse\" in judgment.");

    assertThat(quotes).noneMatch(q -> q.kind() == QuoteKind.PARTIAL);
    assertThat(containing(quotes, "the meeting was a", QuoteKind.REPORTED)).isPresent();
  }
}
