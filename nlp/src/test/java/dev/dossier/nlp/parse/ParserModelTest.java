package dev.dossier.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The loader on CoreNLP's English Universal Dependencies model, as shipped in the models jar. */
class ParserModelTest {

  private static ParserModel model;

  @BeforeAll
  static void load() throws IOException {
    model = ParserModel.load(DependencyParser.DEFAULT_MODEL);
  }

  @Test
  void load_englishModel_sizesOfTheHeader() {
    assertThat(model.embeddingSize).isEqualTo(50);
    assertThat(model.hiddenSize).isEqualTo(1000);
    assertThat(model.featureCount).isEqualTo(48);
    assertThat(model.embeddingRows).isEqualTo(77_207 + 52 + 42);
    assertThat(model.transitionCount).isEqualTo(83);
    assertThat(model.w1Columns).hasNumberOfRows(50 * 48);
    assertThat(model.w1Columns[0]).hasSize(1000);
    assertThat(model.w2Rows).hasNumberOfRows(1000);
    assertThat(model.w2Rows[0]).hasSize(83);
    assertThat(model.frequentPairs).hasSize(99_990);
  }

  @Test
  void load_englishModel_rootLabelFirstAndNullLabelBeforeIt() {
    assertThat(model.arcLabels).hasSize(41);
    assertThat(model.arcLabels[0]).isEqualTo("root");
    assertThat(model.arcLabels).contains("nsubj", "obj", "nmod:poss", "obl:tmod");
    assertThat(model.nullLabelRow).isEqualTo(model.arcLabelRows[0] - 1);
  }

  @Test
  void wordRow_caseAndUnknownWords_lookedUpAsWritten() {
    int unknown = model.wordRow(ParserModel.UNKNOWN);
    assertThat(model.wordRow("the")).isNotEqualTo(unknown);
    assertThat(model.wordRow("The")).isNotEqualTo(unknown).isNotEqualTo(model.wordRow("the"));
    assertThat(model.wordRow("Kislyakovitchsky")).isEqualTo(unknown);
    assertThat(model.tagRow("NNP")).isNotEqualTo(model.tagRow(ParserModel.UNKNOWN));
    assertThat(model.tagRow(null)).isEqualTo(model.tagRow(ParserModel.UNKNOWN));
  }

  @Test
  void load_missingResource_ioExceptionNamingIt() {
    assertThatThrownBy(() -> ParserModel.load("edu/stanford/nlp/models/parser/nndep/no_such_model.gz"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no_such_model.gz");
  }
}
