package dev.dossier.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {

  @Test
  void of_identicalClusterings_perfectScores() {
    ClusterScores scores = ClusterScores.of(List.of(1, 1, 2, 2, 3), List.of("a", "a", "b", "b", "c"));

    assertThat(scores.precision()).isEqualTo(1);
    assertThat(scores.recall()).isEqualTo(1);
    assertThat(scores.ari()).isEqualTo(1);
    assertThat(scores.clusters()).isEqualTo(3);
  }

  @Test
  void of_twoStoriesLumpedTogether_fullRecallHalfPrecision() {
    // One topic holding two events of two documents each, predicted as one story.
    ClusterScores scores = ClusterScores.of(List.of(1, 1, 1, 1), List.of("1a", "1a", "1b", "1b"));

    assertThat(scores.recall()).isEqualTo(1);
    assertThat(scores.precision()).isEqualTo(0.5);
    assertThat(scores.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-12));
    assertThat(scores.ari()).isCloseTo(0, within(1e-12));
  }

  @Test
  void of_everyDocumentAlone_fullPrecision() {
    ClusterScores scores = ClusterScores.of(List.of(1, 2, 3, 4), List.of("1a", "1a", "1b", "1b"));

    assertThat(scores.precision()).isEqualTo(1);
    assertThat(scores.recall()).isEqualTo(0.5);
  }
}
