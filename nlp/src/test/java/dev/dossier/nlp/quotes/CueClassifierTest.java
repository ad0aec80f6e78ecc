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
  @Test
  void occurrences_infinitiveUnderNegatedVerb_namesGovernorNegated() {
    // Mueller report, vol. II.
    List<CueOccurrence> found = occurrences("Lewandowski did not want to deliver the President's message personally, so he asked senior White House official Rick Dearborn to deliver it to Sessions.");

    assertThat(occurrence(found, "deliver").features()).contains("governor=want", "governor-negated", "before-subject=start");
    assertThat(occurrence(found, "ask").features()).doesNotContain("governor-negated");
  }

  @Test
  void occurrences_subjectOfClauseAfterThat_namesWhatStandsBeforeSubjectAndGap() {
    // Mueller report, vol. II.
    List<CueOccurrence> found = occurrences("Priebus recalled that the President initially equivocated on whether to fire Flynn because it would generate negative press.");

    assertThat(occurrence(found, "recall").features()).contains("before-subject=start", "subject-gap=0");
    assertThat(occurrence(found, "equivocate on").features()).contains("before-subject=that", "subject-gap=1-2");
  }

  @Test
  void occurrences_headlineWithoutFullStop_namesNoFinalStopThere() {
    // The seed article 000: its headline, then a sentence of its body.
    List<CueOccurrence> found = occurrences("US extracted spy that confirmed Putin role in 2016 US vote\n\n"
        + "The decision to extract the informant was driven \"in part\" because of concerns that Trump and his administration had mishandled delicate intelligence, CNN reported.");

    assertThat(occurrence(found, "confirm").features()).contains("no-final-stop");
    assertThat(occurrence(found, "mishandle").features()).doesNotContain("no-final-stop");
  }
}
