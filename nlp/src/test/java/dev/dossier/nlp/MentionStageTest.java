package dev.dossier.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dossier.core.Doc;
import dev.dossier.core.EntityType;
import dev.dossier.core.Layers;
import dev.dossier.core.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionStageTest {

  @Test
  void process_titleBeforeName_findsPersonAndOrganisation() {
    Doc doc = Docs.analyse(
        "CIA Director Mike Pompeo defended the meeting in a Thursday letter to Senate Minority Leader Chuck Schumer.");

    assertThat(doc.get(Layers.MENTIONS))
        .extracting(Mention::text, Mention::type)
        .contains(tuple("CIA", EntityType.ORGANIZATION), tuple("Mike Pompeo", EntityType.PERSON), tuple("Chuck Schumer", EntityType.PERSON));
  }

  @Test
  void process_everyMention_textEqualsItsSpan() {
    String text = "Donald Trump with Russia's President Vladimir Putin at the Asia-Pacific Economic Cooperation leaders' summit in Vietnam on November 11, 2017.";

    Doc doc = Docs.analyse(text);

    assertThat(doc.get(Layers.MENTIONS)).allSatisfy(m -> assertThat(m.span().of(text)).isEqualTo(m.text()));
  }

  @Test
  void process_hyphenatedOrganisationName_isOneMention() {
    Doc doc = Docs.analyse(
        "Donald Trump with Russia's President Vladimir Putin at the Asia-Pacific Economic Cooperation leaders' summit in Vietnam on November 11, 2017.");

    assertThat(doc.get(Layers.MENTIONS))
        .extracting(Mention::text, Mention::type)
        .contains(tuple("Asia-Pacific Economic Cooperation", EntityType.ORGANIZATION))
        .doesNotContain(tuple("Asia", EntityType.LOCATION));
  }

  @Test
  void process_hyphenBetweenTwoCountries_keepsTwoNames() {
    Doc doc = Docs.analyse("Pompeo also said he does not back away from hard issues in Russian-US relations, such as the crisis in Ukraine.");

    assertThat(doc.get(Layers.MENTIONS)).extracting(Mention::text).doesNotContain("Russian-US");
  }

  @Test
  void process_nameTypedTwoWays_takesTheMajorityType() {
    Doc doc = Docs.analyse(
        "Donald Trump has privately expressed opposition to the use of covert sources. "
            + "Trump discussed highly classified information with Russian Foreign Minister Sergey Lavrov. "
            + "News of Naryshkin's secret visit poured fresh fuel on the battles pitting the Trump administration against Democrats. "
            + "Trump has responded only by tearing into CNN.");

    List<Mention> trumps = doc.get(Layers.MENTIONS).stream().filter(m -> m.text().equals("Trump")).toList();
    assertThat(trumps).isNotEmpty().allSatisfy(m -> assertThat(m.type()).isEqualTo(EntityType.PERSON));
  }

  @Test
  void process_sentenceWithoutNames_findsNothing() {
    Doc doc = Docs.analyse("It is not yet known how the extraction was eventually carried out.");

    assertThat(doc.get(Layers.MENTIONS)).isEmpty();
  }

  @Test
  void process_titleCaseHeadline_keepsOnlyNamesTheBodyConfirms() {
    String title = "Report on the Investigation into Russian Interference in the 2016 Presidential Election";
    String body = "The Internet Research Agency carried out the earliest Russian interference operation. "
        + "Russia's two principal interference operations violated U.S. criminal law.";
    Doc doc = Docs.PIPELINE.process(new dev.dossier.core.Article("t", null, title, null, null, title + "\n\n" + body, List.of(), "test", "h"));

    assertThat(doc.get(Layers.MENTIONS)).filteredOn(m -> m.span().end() <= title.length()).extracting(Mention::text)
        .doesNotContain("Investigation", "Russian Interference", "Presidential Election");
  }

  @Test
  void process_sentenceCaseHeadline_readLikeAnySentence() {
    String title = "Russian spy chief met U.S. officials in United States last week";
    String body = "Naryshkin was in Washington to meet with U.S. officials about terrorism.";
    Doc doc = Docs.PIPELINE.process(new dev.dossier.core.Article("t", null, title, null, null, title + "\n\n" + body, List.of(), "test", "h"));

    assertThat(doc.get(Layers.MENTIONS)).filteredOn(m -> m.span().end() <= title.length()).extracting(Mention::text)
        .contains("United States");
  }

  @Test
  void process_citationAbbreviationBeforeNumber_isNotAName() {
    Doc doc = Docs.analyse("See United States v. Gates, 1:17-cr-201 (D.D.C. Feb. 23, 2018), Doc. 195 (Gates Superseding Criminal Information).");

    assertThat(doc.get(Layers.MENTIONS)).extracting(Mention::text).doesNotContain("Doc", "Doc.");
  }

  @Test
  void process_nameEndingSentenceBeforeNumber_isKept() {
    Doc doc = Docs.analyse("The crowd in Moscow chanted for Putin. 25 people were detained.");

    assertThat(doc.get(Layers.MENTIONS)).extracting(Mention::text).contains("Putin");
  }

  @Test
  void process_nameEndingInOrganisationNoun_isAnOrganisation() {
    Doc doc = Docs.analyse("Papadopoulos told the Clinton Campaign nothing; he had met members of the Trump Campaign in London.");

    assertThat(doc.get(Layers.MENTIONS)).filteredOn(m -> m.text().endsWith("Campaign"))
        .isNotEmpty()
        .allSatisfy(m -> assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION));
  }
}
