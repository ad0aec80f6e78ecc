package dev.dossier.eval.coref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorefScorerTest {

  /** Key {a,b,c} {d,e}; response {a,b} {c,d,e}: the scores worked out by hand from the metrics' definitions. */
  @Test
  void score_oneMentionMisplaced_matchesHandComputedValues() {
    Map<String, String> key = new LinkedHashMap<>(Map.of("a", "K1", "b", "K1", "c", "K1", "d", "K2", "e", "K2"));
    Map<String, String> response = new LinkedHashMap<>(Map.of("a", "R1", "b", "R1", "c", "R2", "d", "R2", "e", "R2"));

    CorefScorer.Scores scores = CorefScorer.score(key, response);

    assertThat(scores.muc().recall()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(scores.muc().precision()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(scores.bCubed().recall()).isCloseTo(11.0 / 15, within(1e-9));
    assertThat(scores.bCubed().precision()).isCloseTo(11.0 / 15, within(1e-9));
    assertThat(scores.ceafE().recall()).isCloseTo(0.8, within(1e-9));
    assertThat(scores.ceafE().precision()).isCloseTo(0.8, within(1e-9));
    assertThat(scores.conll()).isCloseTo((2.0 / 3 + 11.0 / 15 + 0.8) / 3, within(1e-9));
  }

  @Test
  void score_identicalClusterings_perfect() {
    Map<String, String> key = Map.of("a", "x", "b", "x", "c", "y");

    CorefScorer.Scores scores = CorefScorer.score(key, Map.of("a", "1", "b", "1", "c", "2"));

    assertThat(scores.conll()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void score_missingResponseMentions_areSingletons() {
    Map<String, String> key = Map.of("a", "x", "b", "x");

    CorefScorer.Scores scores = CorefScorer.score(key, Map.of());

    assertThat(scores.muc().recall()).isZero();
    assertThat(scores.bCubed().precision()).isCloseTo(1.0, within(1e-9));
    assertThat(scores.bCubed().recall()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void maximum_assignment_findsTheBestPairing() {
    double[][] weights = {{0.9, 0.8}, {0.85, 0.1}};

    assertThat(CorefScorer.Assignment.maximum(weights)).isCloseTo(0.8 + 0.85, within(1e-9));
  }
}
