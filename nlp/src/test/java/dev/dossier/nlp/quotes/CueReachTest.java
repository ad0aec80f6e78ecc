package dev.dossier.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Article;
import dev.dossier.core.Pipeline;
import dev.dossier.core.Quote;
import dev.dossier.nlp.TokenStage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which cues the quote stage reaches, on sentences of the Mueller report (public domain, bundled
 * as the demo corpus): a verb at the end of a list sharing the list's subject, "that" as the
 * subject of a cue, passives with their agent, passives that raise their subject into an
 * infinitive, and a verb of saying in "-ing" that modifies the noun before it.
 */
class CueReachTest {

  private static final Pipeline TOKENS = Pipeline.of(new TokenStage());

  private static List<Quote> quotes(String text) {
    return QuotesOf.text(text);
  }

  private static List<CueOccurrence> occurrences(String text) {
    return CueFeatures.occurrences(TOKENS.process(new Article("test", null, "", null, null, text, List.of(), "test", "hash")));
  }

  private static Quote byCue(List<Quote> quotes, String cue) {
    return quotes.stream().filter(q -> cue.equals(q.cueText())).findFirst().orElseThrow(() -> new AssertionError("no quote with cue " + cue + " in " + quotes));
  }

  @Test
  void process_lastVerbOfAList_speakerIsTheListsSubject() {
    String text = "Hicks recalled that on the President's flight from Saudi Arabia to Tel Aviv, the President pulled Sessions's resignation "
        + "letter from his pocket, showed it to a group of senior advisors, and asked them what he should do about it.";

    Quote asked = byCue(quotes(text), "asked");
    assertThat(asked.speaker().span().of(text)).isEqualTo("the President");
    assertThat(asked.text()).isEqualTo("what he should do about it");
  }

  @Test
  void process_relativeThatBeforeTheCue_speakerIsWhatItStandsFor() {
    String text = "He then put out a statement that said \"It's time for our country to move on to bigger and better things,\" but "
        + "indicated that he would meet with intelligence community leaders the following week.";

    Quote said = byCue(quotes(text), "said");
    assertThat(said.text()).startsWith("It's time for our country");
    assertThat(said.speaker().span().of(text)).isEqualTo("a statement");
  }

  @Test
  void occurrences_passiveWithAnAgent_readAsAPassiveCue() {
    String text = "I have no recollection of being told that WikiLeaks possessed or might possess emails related to John Podesta before "
        + "the release of Mr. Podesta's emails was reported by the media.";

    CueOccurrence reported = occurrences(text).stream().filter(o -> o.complement() == Complement.PASSIVE).findFirst().orElseThrow();
    assertThat(reported.cue()).isEqualTo("report");
    assertThat(reported.features()).contains("shape=passive", "kind+shape=speech|passive", "cue+shape=report|passive");
    assertThat(reported.features()).noneMatch(feature -> feature.contains("Podesta"));
  }

  @Test
  void process_passiveWithAnAgent_contentIsTheSubjectAndTheAgentSpeaks() {
    String text = "I have no recollection of being told that WikiLeaks possessed or might possess emails related to John Podesta before "
        + "the release of Mr. Podesta's emails was reported by the media.";

    Quote reported = byCue(quotes(text), "reported");
    assertThat(reported.text()).isEqualTo("the release of Mr. Podesta's emails");
    assertThat(reported.speaker().span().of(text)).isEqualTo("the media");
  }

  @Test
  void occurrences_raisedPassive_readWithTheInfinitive() {
    List<CueOccurrence> found = occurrences("Cohen said he agreed because it was what he was expected to do.");

    CueOccurrence expected = found.stream().filter(o -> o.cue().equals("expect")).findFirst().orElseThrow();
    assertThat(expected.complement()).isEqualTo(Complement.PASSIVE);
    assertThat(expected.features()).contains("raised", "cue+raised=expect", "subject+shape=none|passive");
  }

  @Test
  void occurrences_passiveOfAVerbOfAddress_notReadAsAPassiveCue() {
    List<CueOccurrence> found = occurrences("According to Foresman, he had been asked by Anton Kobyakov, a Russian presidential aide involved with "
        + "the Roscongress Foundation, to see if Trump could speak at the Forum.");

    assertThat(found).noneMatch(o -> o.cue().equals("ask") && o.complement() == Complement.PASSIVE);
  }

  @Test
  void process_verbOfSayingInIngAfterANoun_speakerIsTheNounPhrase() {
    String text = "FBI Deputy Director Andrew McCabe, who provided the White House officials access to the information and was present when "
        + "they reviewed it, recalled the officials asking him whether Flynn's conduct violated the Logan Act.";

    // Before the keep model, which keeps one of the two readings that claim the same words.
    Quote asking = byCue(QuotesOf.beforeKeep(text), "asking");
    assertThat(asking.speaker().span().of(text)).isEqualTo("the officials");
    assertThat(asking.text()).isEqualTo("whether Flynn's conduct violated the Logan Act");
  }
}
