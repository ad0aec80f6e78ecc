package dev.dossier.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerScorerTest {

  // CIA Director Mike Pompeo wrote to Senate Minority Leader Chuck Schumer , declaring Russians welcome
  private static final List<String> WORDS = List.of(
      "CIA", "Director", "Mike", "Pompeo", "wrote", "to", "Senate", "Minority", "Leader", "Chuck", "Schumer", ",", "declaring", "Russians", "welcome");

  private static final List<EntitySpan> GOLD = List.of(
      new EntitySpan(0, 1, "ORG"), new EntitySpan(2, 4, "PER"), new EntitySpan(6, 7, "ORG"), new EntitySpan(9, 11, "PER"), new EntitySpan(13, 14, "MISC"));

  /** Two exact, one wrong type, one wrong span, one missed, one spurious. */
  private static final List<EntitySpan> PREDICTED = List.of(
      new EntitySpan(0, 1, "ORG"),
      new EntitySpan(2, 4, "PER"),
      new EntitySpan(6, 7, "LOC"),
      new EntitySpan(8, 11, "PER"),
      new EntitySpan(12, 13, "ORG"));

  @Test
  void add_mixedErrors_countsPerType() {
    NerScorer scorer = new NerScorer();

    scorer.add(WORDS, GOLD, PREDICTED);

    assertThat(scorer.byType()).containsOnlyKeys("LOC", "MISC", "ORG", "PER");
    assertThat(scorer.byType().get("ORG")).isEqualTo(new TypeScore(2, 2, 1));
    assertThat(scorer.byType().get("PER")).isEqualTo(new TypeScore(2, 2, 1));
    assertThat(scorer.byType().get("LOC")).isEqualTo(new TypeScore(0, 1, 0));
    assertThat(scorer.byType().get("MISC")).isEqualTo(new TypeScore(1, 0, 0));
    assertThat(scorer.overall()).isEqualTo(new TypeScore(5, 5, 2));
  }

  @Test
  void overall_knownCounts_precisionRecallAndF1() {
    NerScorer scorer = new NerScorer();
    scorer.add(WORDS, GOLD, PREDICTED);
    // a second sentence found perfectly: Pompeo told the BBC
    scorer.add(List.of("Pompeo", "told", "the", "BBC"), List.of(new EntitySpan(0, 1, "PER"), new EntitySpan(3, 4, "ORG")),
        List.of(new EntitySpan(0, 1, "PER"), new EntitySpan(3, 4, "ORG")));

    TypeScore overall = scorer.overall();

    assertThat(overall).isEqualTo(new TypeScore(7, 7, 4));
    assertThat(overall.precision()).isCloseTo(4.0 / 7, within(1e-12));
    assertThat(overall.recall()).isCloseTo(4.0 / 7, within(1e-12));
    assertThat(overall.f1()).isCloseTo(4.0 / 7, within(1e-12));
    assertThat(scorer.byType().get("ORG").precision()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(scorer.byType().get("ORG").recall()).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void confusions_mixedErrors_oneOfEachKindWithContext() {
    NerScorer scorer = new NerScorer();

    scorer.add(WORDS, GOLD, PREDICTED);

    assertThat(scorer.confusions(10))
        .extracting(Confusion::kind, Confusion::gold, Confusion::predicted, Confusion::count)
        .containsExactlyInAnyOrder(
            tuple(ErrorKind.WRONG_TYPE, "ORG", "LOC", 1),
            tuple(ErrorKind.WRONG_SPAN, "PER", "PER", 1),
            tuple(ErrorKind.MISSED, "MISC", "O", 1),
            tuple(ErrorKind.SPURIOUS, "O", "ORG", 1));
    assertThat(scorer.confusions(10)).filteredOn(c -> c.kind() == ErrorKind.WRONG_SPAN).singleElement()
        .satisfies(c -> assertThat(c.examples()).containsExactly("to Senate Minority Leader [Chuck Schumer] , declaring Russians welcome → Leader Chuck Schumer"));
  }

  @Test
  void errorCounts_mixedErrors_oneOfEachKind() {
    NerScorer scorer = new NerScorer();

    scorer.add(WORDS, GOLD, PREDICTED);

    assertThat(scorer.errorCounts())
        .containsExactly(
            entry(ErrorKind.WRONG_TYPE, 1), entry(ErrorKind.WRONG_SPAN, 1), entry(ErrorKind.MISSED, 1), entry(ErrorKind.SPURIOUS, 1));
  }

  @Test
  void confusions_manyOccurrences_keepsFewExamplesAndFullCount() {
    NerScorer scorer = new NerScorer();
    for (int i = 0; i < 10; i++) {
      scorer.add(List.of("Moscow", "said"), List.of(new EntitySpan(0, 1, "LOC")), List.of(new EntitySpan(0, 1, "ORG")));
    }

    assertThat(scorer.confusions(1)).singleElement().satisfies(c -> {
      assertThat(c.count()).isEqualTo(10);
      assertThat(c.examples()).hasSize(NerScorer.EXAMPLES);
      assertThat(c.label()).isEqualTo("LOC → ORG (wrong type)");
    });
  }

  @Test
  void typeScore_nothingPredicted_zeroScoresNotNaN() {
    TypeScore score = new TypeScore(3, 0, 0);

    assertThat(score.precision()).isZero();
    assertThat(score.recall()).isZero();
    assertThat(score.f1()).isZero();
  }
}
