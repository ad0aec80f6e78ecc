package dev.dossier.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Article;
import dev.dossier.core.Doc;
import dev.dossier.core.Layers;
import dev.dossier.core.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamePropagationTest {

  private static Doc analyse(String text) {
    return NlpPipeline.standard().process(new Article("t", null, "", null, null, text, List.of(), "t", "t"));
  }

  @Test
  void process_nameFoundOnceRecurs_everyOccurrenceIsAMention() {
    String text = "Advanced Micro Devices agreed to buy SeaMicro for $334 million. "
        + "Shares of startup SeaMicro were not traded, and SeaMicro's founders will join the company.";

    List<Mention> mentions = analyse(text).get(Layers.MENTIONS);

    long seaMicro = mentions.stream().filter(m -> m.text().equals("SeaMicro")).count();
    assertThat(seaMicro).isEqualTo(3);
  }

  @Test
  void process_monthNamedAsAPersonOnce_notCarriedToTheDate() {
    String text = "Prime Minister Theresa May met the Queen. May said the talks in May had gone well.";

    List<Mention> mentions = analyse(text).get(Layers.MENTIONS);

    assertThat(mentions).extracting(Mention::text).doesNotContain("May").contains("Theresa May");
  }
}
