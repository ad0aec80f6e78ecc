package dev.dossier.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.eval.conll.ConllDocument;
import dev.dossier.eval.conll.ConllSentence;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DossierNerTest {

  private final DossierNer dossier = new DossierNer();

  @Test
  void label_seedSentence_typesEveryTokenOfEachName() {
    List<String> words = List.of("Donald", "Trump", "with", "Russia", "'s", "President", "Vladimir", "Putin", "in", "Vietnam", ".");
    ConllDocument document = new ConllDocument(0, 1, List.of(new ConllSentence(1, words, Collections.nCopies(words.size(), "O"))));

    List<List<String>> labels = dossier.label(document);

    assertThat(labels).singleElement().isEqualTo(Arrays.asList("PER", "PER", null, "LOC", null, null, "PER", "PER", null, "LOC", null));
  }

  @Test
  void label_twoSentences_labelsStayWithTheirSentence() {
    List<String> first = List.of("Pompeo", "told", "the", "BBC", ".");
    List<String> second = List.of("CNN", "reported", "it", ".");
    ConllDocument document = new ConllDocument(0, 1, List.of(
        new ConllSentence(1, first, Collections.nCopies(first.size(), "O")),
        new ConllSentence(7, second, Collections.nCopies(second.size(), "O"))));

    List<List<String>> labels = dossier.label(document);

    assertThat(labels).hasSize(2);
    assertThat(labels.get(0)).hasSize(5).element(3).isEqualTo("ORG");
    assertThat(labels.get(1)).hasSize(4).element(0).isEqualTo("ORG");
  }
}
