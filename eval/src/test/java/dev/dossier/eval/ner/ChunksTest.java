package dev.dossier.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.eval.Fixtures;
import dev.dossier.eval.conll.ConllDocument;
import dev.dossier.eval.conll.ConllReader;
import dev.dossier.eval.conll.ConllSentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunksTest {

  @Test
  void fromIob_iob2Tags_oneSpanPerName() {
    // Donald Trump with Russia 's President Vladimir Putin
    List<String> tags = List.of("B-PER", "I-PER", "O", "B-LOC", "O", "O", "B-PER", "I-PER");

    assertThat(Chunks.fromIob(tags))
        .containsExactly(new EntitySpan(0, 2, "PER"), new EntitySpan(3, 4, "LOC"), new EntitySpan(6, 8, "PER"));
  }

  @Test
  void fromIob_iob1BetweenAdjacentNamesOfOneType_splitsThem() {
    // S. African Afrikaners: two names, the second marked B- only because it touches the first
    List<String> tags = List.of("I-MISC", "I-MISC", "B-MISC", "O");

    assertThat(Chunks.fromIob(tags)).containsExactly(new EntitySpan(0, 2, "MISC"), new EntitySpan(2, 3, "MISC"));
  }

  @Test
  void fromIob_insideTagAfterOtherType_startsNewName() {
    List<String> tags = List.of("I-ORG", "I-LOC", "I-LOC", "O", "I-PER");

    assertThat(Chunks.fromIob(tags))
        .containsExactly(new EntitySpan(0, 1, "ORG"), new EntitySpan(1, 3, "LOC"), new EntitySpan(4, 5, "PER"));
  }

  @Test
  void fromIob_seedFixtureInIob1AndIob2_sameNames() {
    List<ConllDocument> iob1 = ConllReader.read(Fixtures.path("seeds-iob1.conll"));
    List<ConllDocument> iob2 = ConllReader.read(Fixtures.path("seeds-iob2.conll"));

    assertThat(names(iob1)).isEqualTo(names(iob2)).hasSize(Fixtures.SEED_NAMES);
  }

  @Test
  void fromIob_malformedTag_throws() {
    assertThatThrownBy(() -> Chunks.fromIob(List.of("O", "PER"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'PER'");
  }

  @Test
  void fromIo_adjacentNamesOfOneType_mergeIntoOne() {
    List<String> types = Arrays.asList("MISC", "MISC", "MISC", null, "LOC", "PER");

    assertThat(Chunks.fromIo(types))
        .containsExactly(new EntitySpan(0, 3, "MISC"), new EntitySpan(4, 5, "LOC"), new EntitySpan(5, 6, "PER"));
  }

  @Test
  void fromIo_noNames_empty() {
    assertThat(Chunks.fromIo(Arrays.asList(null, null))).isEmpty();
  }

  private static List<EntitySpan> names(List<ConllDocument> documents) {
    List<EntitySpan> names = new ArrayList<>();
    for (ConllDocument document : documents) {
      for (ConllSentence sentence : document.sentences()) {
        names.addAll(Chunks.fromIob(sentence.tags()));
      }
    }
    return names;
  }
}
