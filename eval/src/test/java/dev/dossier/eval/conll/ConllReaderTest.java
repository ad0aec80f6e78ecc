package dev.dossier.eval.conll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.eval.Fixtures;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllReaderTest {

  @Test
  void read_seedFixture_splitsDocumentsAndSentences() {
    List<ConllDocument> documents = ConllReader.read(Fixtures.path("seeds-iob2.conll"));

    assertThat(documents).hasSize(2);
    assertThat(documents).extracting(d -> d.sentences().size()).containsExactly(7, 7);
    assertThat(documents.stream().mapToInt(ConllDocument::tokenCount).sum()).isEqualTo(390);
    ConllSentence title = documents.get(0).sentences().get(0);
    assertThat(title.words()).startsWith("US", "extracted", "spy").endsWith("US", "vote");
    assertThat(title.tags()).startsWith("B-LOC", "O", "O").endsWith("B-LOC", "O");
    assertThat(title.line()).isEqualTo(3);
  }

  @Test
  void read_multiWordName_keepsTagsInOrder() {
    ConllSentence sentence = ConllReader.read(Fixtures.path("seeds-iob2.conll")).get(0).sentences().get(2);

    int start = sentence.words().indexOf("Asia");

    assertThat(sentence.words().subList(start, start + 5)).containsExactly("Asia", "-", "Pacific", "Economic", "Cooperation");
    assertThat(sentence.tags().subList(start, start + 5)).containsExactly("B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG");
  }

  @Test
  void read_noDocstartLine_wholeInputIsOneDocument() throws Exception {
    String text = "Pompeo NNP B-NP B-PER\ntold VBD B-VP O\nthe DT B-NP O\nBBC NNP I-NP B-ORG\n\n\nCNN NNP B-NP B-ORG\nreported VBD B-VP O\n";

    List<ConllDocument> documents = ConllReader.read(new StringReader(text), "inline.conll");

    assertThat(documents).singleElement().satisfies(d -> {
      assertThat(d.sentences()).extracting(ConllSentence::words)
          .containsExactly(List.of("Pompeo", "told", "the", "BBC"), List.of("CNN", "reported"));
      assertThat(d.sentences()).extracting(ConllSentence::line).containsExactly(1, 7);
    });
  }

  @Test
  void read_tabsAndTrailingSpaces_readAsColumns() throws Exception {
    String text = "-DOCSTART-\t-X-\t-X-\tO\n\nKremlin\tNNP\tB-NP\tB-LOC   \n";

    List<ConllDocument> documents = ConllReader.read(new StringReader(text), "tabs.conll");

    assertThat(documents.get(0).sentences().get(0).tags()).containsExactly("B-LOC");
  }

  @Test
  void read_lineWithThreeColumns_failsNamingFileAndLine() {
    String text = "-DOCSTART- -X- -X- O\n\nPompeo NNP B-PER\n";

    assertThatThrownBy(() -> ConllReader.read(new StringReader(text), "bad.conll"))
        .isInstanceOf(DossierException.class)
        .hasMessageStartingWith("bad.conll:3: malformed CoNLL line: expected 4 columns")
        .hasMessageNotContaining("\n")
        .satisfies(e -> assertThat(((DossierException) e).code()).isEqualTo(ErrorCode.UNREADABLE_INPUT));
  }

  @Test
  void read_unknownTagScheme_failsNamingFileAndLine() {
    String text = "Pompeo NNP B-NP S-PER\n";

    assertThatThrownBy(() -> ConllReader.read(new StringReader(text), "iobes.conll"))
        .isInstanceOf(DossierException.class)
        .hasMessageContaining("iobes.conll:1:")
        .hasMessageContaining("'S-PER'");
  }

  @Test
  void read_missingFile_reportsInputNotFound() {
    Path missing = Path.of("no-such-dir", "valid.txt");

    assertThatThrownBy(() -> ConllReader.read(missing))
        .isInstanceOf(DossierException.class)
        .satisfies(e -> assertThat(((DossierException) e).code()).isEqualTo(ErrorCode.INPUT_NOT_FOUND))
        .hasMessageContaining("valid.txt");
  }
}
