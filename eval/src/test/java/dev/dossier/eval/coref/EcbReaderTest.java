package dev.dossier.eval.coref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.core.DossierException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EcbReaderTest {

  /** A document in ECB+'s CROMER format, written here for the reader's sake (not gold data). */
  private static final String XML =
      """
      <Document doc_name="7_1ecb.xml" doc_id="X">
      <token t_id="1" sentence="0" number="0">Klitschko</token>
      <token t_id="2" sentence="0" number="1">beat</token>
      <token t_id="3" sentence="0" number="2">Thompson</token>
      <token t_id="4" sentence="1" number="0">He</token>
      <token t_id="5" sentence="1" number="1">won</token>
      <Markables>
      <HUMAN_PART_PER m_id="1"><token_anchor t_id="1"/></HUMAN_PART_PER>
      <HUMAN_PART_PER m_id="2"><token_anchor t_id="3"/></HUMAN_PART_PER>
      <HUMAN_PART_PER m_id="3"><token_anchor t_id="4"/></HUMAN_PART_PER>
      <ACTION_OCCURRENCE m_id="4"><token_anchor t_id="2"/></ACTION_OCCURRENCE>
      <HUMAN_PART_PER m_id="9" RELATED_TO="" TAG_DESCRIPTOR="t7_klitschko" instance_id="HUM1"/>
      </Markables>
      <Relations>
      <CROSS_DOC_COREF r_id="1" note="HUM1"><source m_id="1"/><source m_id="3"/><target m_id="9"/></CROSS_DOC_COREF>
      </Relations>
      </Document>
      """;

  @Test
  void read_cromerDocument_keepsEntityMentionsWithTheirChains(@TempDir Path dir) throws IOException {
    Path topic = Files.createDirectories(dir.resolve("7"));
    Files.writeString(topic.resolve("7_1ecb.xml"), XML);

    List<EcbDocument> documents = EcbReader.readAll(dir);

    EcbDocument document = documents.getFirst();
    assertThat(document.topic()).isEqualTo("7");
    assertThat(document.sentences()).containsExactly(List.of("Klitschko", "beat", "Thompson"), List.of("He", "won"));
    assertThat(document.mentions()).extracting(EcbDocument.Mention::text).containsExactly("Klitschko", "Thompson", "He");
    assertThat(document.mentions()).extracting(EcbDocument.Mention::chain).containsExactly("HUM1", null, "HUM1");
    assertThat(EntityCorefEvaluation.text(document)).isEqualTo("Klitschko beat Thompson\nHe won");
  }

  @Test
  void readAll_missingFolder_saysWhichAndWhy(@TempDir Path dir) {
    assertThatThrownBy(() -> EcbReader.readAll(dir.resolve("nowhere"))).isInstanceOf(DossierException.class).hasMessageContaining("nowhere").hasMessageContaining("no such folder");
  }
}
