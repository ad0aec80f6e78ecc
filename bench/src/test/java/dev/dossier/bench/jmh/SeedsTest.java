package dev.dossier.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.core.Article;
import org.junit.jupiter.api.Test;

class SeedsTest {

  @Test
  void article_firstSeed_titleFromFirstLineAndTextAfterIt() {
    Article article = Seeds.article("000_a30fadd007fcd40e");

    assertThat(article.title()).isEqualTo("US extracted spy that confirmed Putin role in 2016 US vote");
    assertThat(article.text()).startsWith("The decision to conduct the extraction").doesNotContain(article.title());
    assertThat(article.published()).hasYear(2019);
  }

  @Test
  void article_unknownName_throwsListingSeeds() {
    assertThatThrownBy(() -> Seeds.article("999")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("004_b12aa63abad0d3a9");
  }
}
