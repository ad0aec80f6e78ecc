package dev.dossier.engine.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Span;
import dev.dossier.core.Spin;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitAlignerTest {

  private static final Thesaurus THESAURUS = Thesaurus.wordNet();
  private static final TermReader READER = new TermReader(THESAURUS);
  private static final UnitAligner ALIGNER = new UnitAligner(THESAURUS);

  private static List<Term> terms(String text) {
    return READER.terms(text, new Span(0, text.length()));
  }

  @Test
  void align_spunSentence_isACopyWithItsSpins() {
    String source = "CNN also reported that the decision to move the person out of Russia was fueled by US intelligence concerns.";
    String copy = "CNN also reported that the determination to move the person out of Russian Federation was fueled by USA intelligence concerns.";

    UnitAligner.Alignment alignment = ALIGNER.align(terms(copy), terms(source));

    assertThat(alignment.isCopy()).isTrue();
    assertThat(alignment.spins()).extracting(Spin::text).contains("determination", "Russian Federation", "USA");
    assertThat(alignment.spins()).extracting(Spin::original).contains("decision", "Russia", "US");
    Spin federation = alignment.spins().stream().filter(s -> s.text().equals("Russian Federation")).findFirst().orElseThrow();
    assertThat(federation.span().of(copy)).isEqualTo("Russian Federation");
  }

  @Test
  void align_sentencesOfOneStoryThatSayDifferentThings_notACopy() {
    String one = "Antonov did not identify the US intelligence officials with whom he met.";
    String other = "Government agencies at times need to secure waivers to get certain individuals into the country, according to a USA official.";

    assertThat(ALIGNER.align(terms(one), terms(other)).isCopy()).isFalse();
  }

  @Test
  void align_droppedWords_stillACopy() {
    String source = "He was banned from entering the United States, but sanctions experts said there are processes for providing people under sanction permission to enter for official business.";
    String copy = "He was banned from entering the United States, but experts said there are processes for providing people under sanction permission to enter.";

    UnitAligner.Alignment alignment = ALIGNER.align(terms(copy), terms(source));

    assertThat(alignment.isCopy()).isTrue();
    assertThat(alignment.similarity()).isLessThan(1);
  }
}
