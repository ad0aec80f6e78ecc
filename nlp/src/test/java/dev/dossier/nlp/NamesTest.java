package dev.dossier.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void acronymOf_multiWordNames_skipsFunctionWords() {
    assertThat(Names.acronymOf("Central Intelligence Agency")).isEqualTo("CIA");
    assertThat(Names.acronymOf("Federal Bureau of Investigation")).isEqualTo("FBI");
    assertThat(Names.acronymOf("North Atlantic Treaty Organization")).isEqualTo("NATO");
    assertThat(Names.acronymOf("Kremlin")).isEmpty();
  }

  @Test
  void clean_possessivesAndArticles_removed() {
    assertThat(Names.clean("Russia's")).isEqualTo("Russia");
    assertThat(Names.clean("Coats'")).isEqualTo("Coats");
    assertThat(Names.clean("the Kremlin")).isEqualTo("Kremlin");
    assertThat(Names.clean("Sergei\nSkripal")).isEqualTo("Sergei Skripal");
  }

  @Test
  void key_caseAndAccents_ignored() {
    assertThat(Names.key("Sergueï NARYSHKIN")).isEqualTo(Names.key("serguei naryshkin"));
    assertThat(Names.key("U.S.")).isEqualTo("u s");
  }

  @Test
  void personWords_leadingTitles_removed() {
    assertThat(Names.personWords("President Vladimir Putin")).containsExactly("Vladimir", "Putin");
    assertThat(Names.personWords("Sen. Chuck Schumer")).containsExactly("Chuck", "Schumer");
    assertThat(Names.personWords("Putin")).containsExactly("Putin");
  }

  @Test
  void isAcronym_capitalsWithOrWithoutDots_true() {
    assertThat(Names.isAcronym("CIA")).isTrue();
    assertThat(Names.isAcronym("U.S.")).isTrue();
    assertThat(Names.isAcronym("Cia")).isFalse();
    assertThat(Names.isAcronym("I")).isFalse();
  }

  @Test
  void slug_name_isLowerCaseAsciiWithDashes() {
    assertThat(Names.slug("Asia-Pacific Economic Cooperation")).isEqualTo("asia-pacific-economic-cooperation");
    assertThat(Names.slug("Côte d'Ivoire")).isEqualTo("cote-d-ivoire");
  }
}
