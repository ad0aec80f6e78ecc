package dev.dossier.engine.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.engine.reuse.TermReader;
import dev.dossier.engine.reuse.Thesaurus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceOrderTest {

  private static final SentenceOrder ORDER = new SentenceOrder(new TermReader(Thesaurus.wordNet()));

  /** Sentences of a news report in their written order: each picks up what the one before said. */
  private static final List<String> REPORT =
      List.of(
          "CIA Director Mike Pompeo met Russian intelligence chief Sergei Naryshkin in Washington last week.",
          "Naryshkin has been under U.S. sanctions since 2014, when Washington punished Moscow for the annexation of Crimea.",
          "The sanctions ban Naryshkin from entering the United States, but officials may grant waivers for official business.",
          "A waiver was granted for the visit, according to a U.S. official who spoke on condition of anonymity.",
          "The official said the visit concerned counterterrorism cooperation between the CIA and Russian intelligence.",
          "Russian intelligence and the CIA have worked together against terrorism before, the official added.",
          "Senate Minority Leader Chuck Schumer demanded that Pompeo explain the meeting.",
          "Pompeo answered Schumer in a letter, saying there was nothing untoward about the meeting.");

  @Test
  void score_writtenOrder_lowIncoherence_shuffledHigher() {
    String written = "Pompeo met Naryshkin\n\n" + String.join("\n\n", REPORT);
    List<String> shuffled = new ArrayList<>(REPORT);
    Collections.shuffle(shuffled, new Random(7));
    String spun = "Pompeo met Naryshkin\n\n" + String.join("\n\n", shuffled);

    SentenceOrder.Score original = ORDER.score(written, List.of());
    SentenceOrder.Score shuffledScore = ORDER.score(spun, List.of());

    assertThat(original.sentences()).isEqualTo(REPORT.size());
    assertThat(original.incoherence()).isLessThan(0.1);
    assertThat(shuffledScore.incoherence()).isGreaterThan(original.incoherence() + 0.2);
  }

  @Test
  void score_sameText_sameScore() {
    String written = "Pompeo met Naryshkin\n\n" + String.join("\n\n", REPORT);

    assertThat(ORDER.score(written, List.of())).isEqualTo(ORDER.score(written, List.of()));
  }

  @Test
  void score_shortArticle_notMeasured() {
    SentenceOrder.Score score = ORDER.score("Pompeo met Naryshkin\n\n" + String.join(" ", REPORT.subList(0, 3)), List.of());

    assertThat(score.incoherence()).isNull();
  }
}
