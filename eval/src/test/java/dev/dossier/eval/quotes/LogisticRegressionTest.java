package dev.dossier.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The logistic regression the cue model is fitted with, on examples whose best weights are known. */
class LogisticRegressionTest {

  /** Verbs of which "cue=say" is always a cue, "cue=make" never, and "cue=want" one time in four. */
  private static List<LogisticRegression.Example> examples() {
    List<LogisticRegression.Example> examples = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      examples.add(new LogisticRegression.Example(List.of("bias", "cue=say"), true));
      examples.add(new LogisticRegression.Example(List.of("bias", "cue=make"), false));
      examples.add(new LogisticRegression.Example(List.of("bias", "cue=want"), i % 4 == 0));
    }
    return examples;
  }

  @Test
  void fit_featuresOfKnownRates_probabilitiesFollowTheRates() {
    Map<String, Double> weights = LogisticRegression.fit(examples(), 0, 2000);

    assertThat(LogisticRegression.probability(weights, List.of("bias", "cue=say"))).isGreaterThan(0.95);
    assertThat(LogisticRegression.probability(weights, List.of("bias", "cue=make"))).isLessThan(0.05);
    assertThat(LogisticRegression.probability(weights, List.of("bias", "cue=want"))).isBetween(0.2, 0.3);
    assertThat(LogisticRegression.logLoss(weights, examples())).isLessThan(0.25);
  }

  @Test
  void fit_strongerPenalty_smallerWeightsAndTheSameOrder() {
    Map<String, Double> loose = LogisticRegression.fit(examples(), 0.0001, 500);
    Map<String, Double> tight = LogisticRegression.fit(examples(), 0.1, 500);

    assertThat(Math.abs(tight.get("cue=say"))).isLessThan(Math.abs(loose.get("cue=say")));
    assertThat(tight.get("cue=say")).isGreaterThan(tight.get("cue=want"));
    assertThat(tight.get("cue=want")).isGreaterThan(tight.get("cue=make"));
  }

  @Test
  void fit_sameExamplesTwice_sameWeights() {
    assertThat(LogisticRegression.fit(examples(), 0.001, 100)).isEqualTo(LogisticRegression.fit(examples(), 0.001, 100));
  }

  @Test
  void fit_noExamples_rejected() {
    assertThatThrownBy(() -> LogisticRegression.fit(List.of(), 0.001, 100)).isInstanceOf(IllegalArgumentException.class);
  }
}
