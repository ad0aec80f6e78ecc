package dev.dossier.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.eval.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** End to end on the hand-annotated seed fixture, with the real models of both systems. */
class NerEvaluationTest {

  private static NerReport report;

  @BeforeAll
  static void evaluateSeedFixture() {
    report = NerEvaluation.run(NerOptions.of(Fixtures.path("seeds-iob2.conll")));
  }

  @Test
  void run_seedFixture_countsTheGoldData() {
    assertThat(report.documents()).isEqualTo(2);
    assertThat(report.sentences()).isEqualTo(14);
    assertThat(report.tokens()).isEqualTo(390);
    assertThat(report.goldNames()).isEqualTo(Fixtures.SEED_NAMES);
  }

  @Test
  void run_withBaseline_scoresBothSystemsOnEveryGoldName() {
    assertThat(report.systems()).extracting(SystemResult::name).containsExactly("dossier", "corenlp-default");
    assertThat(report.systems()).allSatisfy(system -> {
      assertThat(system.overall().gold()).isEqualTo(Fixtures.SEED_NAMES);
      assertThat(system.byType()).containsKeys("PER", "ORG", "LOC", "MISC");
      // real news text in the CoNLL style: both recognisers get most names right
      assertThat(system.overall().f1()).isGreaterThan(0.6);
      assertThat(system.tokensPerSecond()).isPositive();
    });
  }

  @Test
  void run_dossier_findsTheSeedsPeopleExactly() {
    TypeScore people = report.system("dossier").orElseThrow().byType().get("PER");

    assertThat(people.gold()).isEqualTo(16);
    assertThat(people.recall()).isGreaterThan(0.8);
  }

  @Test
  void toJson_report_roundTripsWithScores() {
    String json = report.toJson();

    NerReport read = NerReport.fromJson(json);

    assertThat(read).isEqualTo(report);
    assertThat(json).contains("\"f1\"", "\"precision\"", "\"recall\"", "\"kind\"");
  }

  @Test
  void toTable_report_showsBothSystemsMappingAndNotes() {
    String table = report.toTable();

    assertThat(table)
        .contains("dossier", "corenlp-default", "tokens/s", "Most frequent:", "wrong type")
        .contains("LOCATION, CITY, STATE_OR_PROVINCE, COUNTRY→LOC")
        .contains("adjacent names of one type merge");
  }

  @Test
  void run_limitOneWithoutBaseline_firstDocumentDossierOnly() {
    NerReport first = NerEvaluation.run(new NerOptions(Fixtures.path("seeds-iob1.conll"), 1, false));

    assertThat(first.documents()).isEqualTo(1);
    assertThat(first.sentences()).isEqualTo(7);
    assertThat(first.systems()).extracting(SystemResult::name).containsExactly("dossier");
  }
}
