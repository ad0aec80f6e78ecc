package dev.dossier.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Article;
import dev.dossier.core.Doc;
import dev.dossier.core.Layers;
import dev.dossier.core.Pipeline;
import dev.dossier.core.Quote;
import dev.dossier.core.QuoteKind;
import dev.dossier.nlp.NlpPipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a reported content begins and whose it is, on sentences of the Mueller report (public
 * domain) and of Reuters wire copy: subjects across asides and relative clauses, relative pronouns
 * as the subject of what was said, and the phrase boundaries between a cue and its content.
 */
class SpeakerAndBoundsTest {

  private static final Pipeline PIPELINE = NlpPipeline.standard();

  private static List<Quote> quotes(String text) {
    Doc doc = PIPELINE.process(new Article("test", null, "", null, null, text, List.of(), "test", "hash"));
    return doc.get(Layers.QUOTES);
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
  void process_adverbOrLongPrepositionalPhraseBetweenSpeakerAndCue_speakerBeforeIt() {
    List<Quote> adverb = quotes("Bannon, however, told the Office that Prince did not tell him in advance about his meeting with Dmitriev.");
    List<Quote> letter = quotes("Liedtke, in a letter mailed today to Pennzoil shareholders, said Texaco's management has incorrectly implied "
        + "in recent public statements that Pennzoil was not interested in settling the case.");

    Quote told = byCue(adverb, "told");
    assertThat(told.speaker().name()).isEqualTo("Bannon");
    assertThat(told.text()).isEqualTo("that Prince did not tell him in advance about his meeting with Dmitriev");
    Quote said = byCue(letter, "said");
    assertThat(said.speaker().name()).isEqualTo("Liedtke");
    assertThat(said.text()).startsWith("Texaco's management has incorrectly implied");
  }

  @Test
  void process_articleAfterANounAfterTheCue_nextPhraseIsTheContent() {
    List<Quote> day = quotes("Lusinchi said on Monday the government will limit foreign borrowing, which would come from banks and "
        + "multilateral agencies, to 50 pct of interest and principal paid in the next two years.");
    List<Quote> addressee = quotes("Lord Belstead, a junior agriculture minister, told the House of Lords the tax would raise the price of "
        + "raw materials used in many processed foods by about 100 pct.");

    assertThat(byCue(day, "said").text()).startsWith("the government will limit foreign borrowing");
    Quote told = byCue(addressee, "told");
    assertThat(told.addressee()).isEqualTo("House of Lords");
    assertThat(told.text()).startsWith("the tax would raise the price");
  }

  @Test
  void process_objectThenByAndAGerund_objectEndsBeforeTheManner() {
    List<Quote> quotes = quotes("President Reagan criticized the House-passed budget by saying the Democratic budget plan was just business as usual.");

    assertThat(byCue(quotes, "criticized").text()).isEqualTo("the House-passed budget");
    assertThat(byCue(quotes, "saying").text()).isEqualTo("the Democratic budget plan was just business as usual");
  }

  @Test
  void process_quoteOpenedByButAfterAnAttributedQuote_continuesTheQuote() {
    List<Quote> quotes = quotes("\"It makes sense,\" said James Parker of Robinson Humphrey. But \"It won't make out as well as they think. "
        + "They won't get a 100 pct of the synergies.\"");

    Quote quote = quotes.stream().filter(q -> q.kind() == QuoteKind.DIRECT).findFirst().orElseThrow();
    assertThat(quote.parts()).hasSize(2);
    assertThat(quote.text()).startsWith("It makes sense").endsWith("synergies.");
    assertThat(quote.speaker().name()).isEqualTo("James Parker");
  }

  @Test
  void process_quotedParagraphAfterAnAttributedQuote_oneQuoteOverBothParagraphs() {
    List<Quote> quotes = quotes("U.S. Agriculture Secretary Richard Lyng said agriculture should share spending cuts under the Gramm-Rudman law.\n\n"
        + "\"There needs to be some reduction of some expenditures to at least get close to the Gramm-Rudman figure,\" he said.\n\n"
        + "\"Agriculture would not be independent from that.\"");

    List<Quote> direct = quotes.stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
    assertThat(direct).hasSize(1);
    assertThat(direct.getFirst().parts()).hasSize(2);
    assertThat(direct.getFirst().text()).endsWith("Agriculture would not be independent from that.");
    assertThat(direct.getFirst().speaker().name()).isEqualTo("Richard Lyng");
  }

  @Test
  void process_reportedSpeechOpeningAQuoteThatRunsOnPastTheSentence_contentEndsAtTheClose() {
    List<Quote> quotes = quotes("But one official said the king would be told Britain still needs \"clear and sustainable evidence that the "
        + "Syrians have renounced state-sponsored terrorism. So far they haven't.\"");

    Quote said = byCue(quotes, "said");
    assertThat(said.text()).startsWith("the king would be told").endsWith("So far they haven't.\"");
    assertThat(said.speaker().name()).isEqualTo("one official");
  }

  @Test
  void process_headlineLineWithoutFullStopBeforeTheContent_contentStartsInItsOwnParagraph() {
    List<Quote> quotes = quotes("BAHIA COCOA REVIEW\nShowers continued throughout the week in the Bahia cocoa zone, alleviating the drought since "
        + "early January and improving prospects for the coming temporao, although normal humidity levels have not been restored, "
        + "Comissaria Smith said in its weekly review.");

    Quote said = byCue(quotes, "said");
    assertThat(said.text()).startsWith("Showers continued throughout the week");
    assertThat(said.speaker().name()).isEqualTo("Comissaria Smith");
  }
}
