package dev.dossier.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Article;
import dev.dossier.core.Doc;
import dev.dossier.core.Pipeline;
import dev.dossier.nlp.TokenStage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled cue model and the features it reads, on wire-copy sentences through the real token stage. */
class CueClassifierTest {

  private static final Pipeline TOKENS = Pipeline.of(new TokenStage());

  private static List<CueOccurrence> occurrences(String text) {
    Doc doc = TOKENS.process(new Article("test", null, "", null, null, text, List.of(), "test", "hash"));
    return CueFeatures.occurrences(doc);
  }

  private static CueOccurrence occurrence(List<CueOccurrence> occurrences, String cue) {
    return occurrences.stream().filter(o -> o.cue().equals(cue)).findFirst().orElseThrow(() -> new AssertionError("no occurrence of " + cue + " in " + occurrences));
  }

  @Test
  void occurrences_endorsementAndProfit_featuresNameCueShapeSubjectAndTense() {
    List<CueOccurrence> found = occurrences("Senator Ted Cruz has endorsed Donald Trump. The company made a profit of $2 billion last year.");

    CueOccurrence endorsed = occurrence(found, "endorse");
    assertThat(endorsed.complement()).isEqualTo(Complement.OBJECT);
    assertThat(endorsed.features()).contains("bias", "cue+shape=endorse|object", "subject=name", "perfect", "object=name", "first-sentence");
    CueOccurrence made = occurrence(found, "make");
    assertThat(made.features()).contains("cue+shape=make|object", "subject=noun", "subject-head=company", "object-head=profit");
    assertThat(made.features()).noneMatch(feature -> feature.contains("Cruz") || feature.contains("Trump"));
  }

  @Test
  void occurrences_negatedVerbAndVerbOfThoughtWithAnObject_notRead() {
    List<CueOccurrence> found = occurrences("The senator did not endorse the plan. Analysts expect growth this year.");

    assertThat(found).noneMatch(o -> o.cue().equals("endorse") || o.cue().equals("expect"));
  }

  @Test
  void standard_bundledModel_endorsementAcceptedAndProfitNot() {
    List<CueOccurrence> found = occurrences("Senator Ted Cruz has endorsed Donald Trump. The company made a profit of $2 billion last year.");
    CueClassifier model = CueClassifier.standard();

    double endorsed = model.probability(occurrence(found, "endorse").features());
    double made = model.probability(occurrence(found, "make").features());
    assertThat(endorsed).isBetween(0.0, 1.0).isGreaterThan(made);
    assertThat(model.accepts(occurrence(found, "endorse").features())).isTrue();
    assertThat(model.accepts(occurrence(found, "make").features())).isFalse();
  }

  @Test
  void probability_unknownFeaturesOnly_theBiasAlone() {
    CueClassifier model = new CueClassifier(java.util.Map.of("bias", -1.0, "cue=say", 3.0), 0.5);

    assertThat(model.probability(List.of("bias", "cue=unheard-of"))).isCloseTo(1 / (1 + Math.exp(1)), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(model.accepts(List.of("bias", "cue=say"))).isTrue();
    assertThat(model.accepts(List.of("bias"))).isFalse();
  }
}
