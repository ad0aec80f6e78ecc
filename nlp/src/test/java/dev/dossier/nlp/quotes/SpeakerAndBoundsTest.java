package dev.dossier.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Quote;
import dev.dossier.core.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a reported content begins and whose it is, on sentences of the Mueller report (public
 * domain): subjects across asides and relative clauses, relative pronouns as the subject of what
 * was said, and the phrase boundaries between a cue and its content. The shapes shown on Reuters
 * articles, which may not be copied into the project, are in the engine's
 * {@code ReutersQuoteShapesTest}.
 */
class SpeakerAndBoundsTest {

  private static List<Quote> quotes(String text) {
    return QuotesOf.text(text);
  }

  private static Quote byCue(List<Quote> quotes, String cue) {
    return quotes.stream().filter(q -> q.kind() == QuoteKind.REPORTED && cue.equals(q.cueText())).findFirst().orElseThrow();
  }

  @Test
  void process_participleAfterARelativeClause_speakerIsTheMainClauseSubject() {
    String text = "On November 14, 2016, he submitted an application to the Transition Team that inflated his credentials and "
        + "experiences, stating that in his capacity as a Trump Campaign foreign policy advisor he had met with \"top world leaders.\"";

    Quote stating = byCue(quotes(text), "stating");
    assertThat(stating.text()).startsWith("that in his capacity as a Trump Campaign foreign policy advisor");
    assertThat(stating.speaker().span().of(text)).isEqualTo("he");
  }

  @Test
  void process_relativePronounBeforeSpeakerAndCue_contentIsTheRelativeClause() {
    List<Quote> said = quotes("In 2017, Cohen provided false testimony to Congress about the project, in an effort to adhere to a \"party line\" "
        + "that Cohen said was developed to minimize the President's connections to Russia.");
    List<Quote> thought = quotes("To announce Comey's termination, the White House released a statement, which Priebus thought had been "
        + "dictated by the President.");

    assertThat(byCue(said, "said").text()).isEqualTo("was developed to minimize the President's connections to Russia");
    assertThat(byCue(said, "said").speaker().name()).isEqualTo("Cohen");
    assertThat(byCue(thought, "thought").text()).isEqualTo("had been dictated by the President");
    assertThat(byCue(thought, "thought").speaker().name()).isEqualTo("Priebus");
  }

  @Test
  void process_adverbialSetOffAfterTheCue_contentStartsAtTheClause() {
    List<Quote> quotes = quotes("Gates stated, however, that Manafort never told him anything specific about what, if anything, Manafort "
        + "might be offering Deripaska.");

    Quote stated = byCue(quotes, "stated");
    assertThat(stated.text()).startsWith("that Manafort never told him anything specific");
    assertThat(stated.speaker().name()).isEqualTo("Gates");
  }

  @Test
  void process_adverbSetOffBetweenSpeakerAndCue_speakerBeforeIt() {
    List<Quote> adverb = quotes("Bannon, however, told the Office that Prince did not tell him in advance about his meeting with Dmitriev.");

    Quote told = byCue(adverb, "told");
    assertThat(told.speaker().name()).isEqualTo("Bannon");
    assertThat(told.text()).isEqualTo("that Prince did not tell him in advance about his meeting with Dmitriev");
  }

  @Test
  void process_cueInAFrontedSubordinateClause_contentEndsWhereTheMainClauseBegins() {
    List<Quote> quotes = quotes("While the President has publicly denied those details, other Administration officials who were present have "
        + "confirmed Comey's account of how he ended up in a one-on -one meeting with the President.");

    assertThat(byCue(quotes, "denied").text()).isEqualTo("those details");
  }

  @Test
  void process_objectBeforeThePhraseOfItsOccasion_contentIsTheObject() {
    List<Quote> quotes = quotes("Hours after that meeting, the President publicly criticized Sessions in an interview with the New York Times, "
        + "and then issued a series of tweets making it clear that Sessions's job was in jeopardy.");

    Quote criticized = byCue(quotes, "criticized");
    assertThat(criticized.text()).isEqualTo("Sessions");
    assertThat(criticized.speaker().name()).contains("President");
  }

  @Test
  void process_objectBeforeAndASecondParticiple_contentEndsAtTheConjunction() {
    List<Quote> quotes = quotes("The President fired Comey abruptly without offering him an opportunity to resign, banned him from the FBI "
        + "building, and criticized him publicly, calling him a \" showboat\" and claiming that the FBI was \" in turmoil\" under his leadership.");

    assertThat(byCue(quotes, "calling").text()).isEqualTo("him a \" showboat\"");
    assertThat(byCue(quotes, "claiming").text()).isEqualTo("that the FBI was \" in turmoil\" under his leadership");
  }

  @Test
  void process_attributionInAFrontedAsClause_contentIsTheMainClause() {
    // Before the keep model, which keeps one of the two readings that claim the same words.
    List<Quote> quotes = QuotesOf.beforeKeep("As Papadopoulos later stated to the FBI, Mifsud said that the \"dirt\" was in the form of \" emails of Clinton,\" "
        + "and that they \"have thousands of emails.\"");

    Quote stated = byCue(quotes, "stated");
    assertThat(stated.text()).startsWith("Mifsud said that the \"dirt\"");
    assertThat(stated.speaker().name()).isEqualTo("Papadopoulos");
  }

  @Test
  void process_objectBeforeAndAClauseWithItsOwnSubject_contentEndsAtTheConjunction() {
    List<Quote> coverage = quotes("White House officials were unhappy with that press coverage and Ruddy heard from friends that the President "
        + "was upset with him.");
    // The stance inside what Miller recalled is one the keep model leaves out (it lies inside another attribution): its bounds are read before.
    List<Quote> testimony = KeepFeatures.reviewed(QuotesOf.analysed("Miller recalled that the President was upset with Comey's testimony and the press "
        + "coverage that followed because of the suggestion that the President was under investigation.")).stream().map(ReviewedQuote::quote).toList();

    assertThat(coverage).anySatisfy(q -> assertThat(q.text()).isEqualTo("that press coverage"));
    assertThat(coverage).noneSatisfy(q -> assertThat(q.text()).startsWith("that press coverage and"));
    // A second noun phrase without a verb of its own is a second object: the content goes on over "and".
    assertThat(testimony).anySatisfy(q -> assertThat(q.text()).startsWith("Comey's testimony and the press coverage"));
  }

  @Test
  void process_andInsideAClauseTheObjectOpens_contentGoesOnOverTheConjunction() {
    // From the seed article 004: "Moscow and Washington" is the subject of the clause after "that", not a clause beside the object.
    List<Quote> seed = quotes("The head of the Central Intelligence Agency explained to the Democratic senator that Moscow and Washington "
        + "collaborate on aviation security and on preventing foreign fighters from going back to both Russian Federation and the United States.");

    assertThat(seed).anySatisfy(q -> assertThat(q.text()).contains("Moscow and Washington collaborate on aviation security"));
    assertThat(seed).noneSatisfy(q -> assertThat(q.text()).endsWith("that Moscow"));
  }
}
