package dev.dossier.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameFormsTest {

  @Test
  void fold_transliterationVariants_agree() {
    assertThat(NameForms.fold("Sergey Naryshkin")).isEqualTo(NameForms.fold("Sergei Naryshkine"));
    assertThat(NameForms.fold("Sergej Naryshkin")).isEqualTo(NameForms.fold("SERGEY NARYSHKIN"));
    assertThat(NameForms.fold("Yevgeny Prigozhin")).isEqualTo(NameForms.fold("Evgeny Prigozhin"));
    assertThat(NameForms.fold("Wladimir Klitschko")).isEqualTo(NameForms.fold("Vladimir Klitschko"));
  }

  @Test
  void fold_cyrillic_matchesLatinSpelling() {
    assertThat(NameForms.latin("Сергей Нарышкин")).isEqualTo("Sergey Naryshkin");
    assertThat(NameForms.fold("Сергей Нарышкин")).isEqualTo(NameForms.fold("Sergei Naryshkin"));
    assertThat(NameForms.fold("Владимир Путин")).isEqualTo(NameForms.fold("Vladimir Putin"));
  }

  @Test
  void fold_differentNames_differ() {
    assertThat(NameForms.fold("Anatoly Antonov")).isNotEqualTo(NameForms.fold("Yevgeni Antonov"));
    assertThat(NameForms.fold("Matt Smith")).isNotEqualTo(NameForms.fold("John Smith"));
  }

  @Test
  void person_titlesAndSuffixes_areStripped() {
    NameForms.PersonName pompeo = NameForms.person("CIA Director Mike Pompeo");
    NameForms.PersonName comeaux = NameForms.person("Arcade Joseph Comeaux Jr.");

    assertThat(pompeo.given()).isEqualTo(NameForms.foldWord("mike"));
    assertThat(pompeo.surname()).isEqualTo("pompeo");
    assertThat(comeaux.firstLast()).isEqualTo(NameForms.foldWord("arcade") + " " + NameForms.foldWord("comeaux"));
    assertThat(comeaux.middle()).containsExactly(NameForms.foldWord("joseph"));
    assertThat(NameForms.person("Naryshkin").isSingle()).isTrue();
  }

  @Test
  void compatibleGiven_shortFormsAndInitials_agreeOthersDoNot() {
    assertThat(NameForms.compatibleGiven(NameForms.foldWord("mike"), NameForms.foldWord("michael"))).isTrue();
    assertThat(NameForms.compatibleGiven("d", NameForms.foldWord("donald"))).isTrue();
    assertThat(NameForms.compatibleGiven(NameForms.foldWord("matt"), NameForms.foldWord("john"))).isFalse();
  }

  @Test
  void organisation_legalFormsAndArticle_dropped() {
    assertThat(NameForms.organisation("Advanced Micro Devices Inc.")).isEqualTo(NameForms.organisation("Advanced Micro Devices"));
    assertThat(NameForms.organisation("The Internet Research Agency LLC")).isEqualTo(NameForms.organisation("Internet Research Agency"));
    assertThat(NameForms.organisation("Limited Liability Company Concord Management and Consulting"))
        .isEqualTo(NameForms.organisation("Concord Management & Consulting LLC"));
  }

  @Test
  void similarity_typoScoresHighStrangerLow() {
    assertThat(NameForms.similarity("klitschko", "klistchko")).isGreaterThan(0.9);
    assertThat(NameForms.similarity("klitschko", "pompeo")).isLessThan(0.6);
  }
}
