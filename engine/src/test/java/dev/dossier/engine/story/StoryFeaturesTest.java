package dev.dossier.engine.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.engine.reuse.TermReader;
import dev.dossier.engine.reuse.Thesaurus;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryFeaturesTest {

  private static final TermReader READER = new TermReader(Thesaurus.wordNet());

  private static final String QUAKE =
      "Magnitude 7.4 earthquake off Fukushima kills 4\n"
          + "A magnitude 7.4 earthquake struck off the coast of Fukushima in northeastern Japan late on Wednesday, killing 4 people and injuring 225."
          + " The Japan Meteorological Agency warned of a tsunami along the coast. Trains were halted across the region."
          + " The quake cut power to 2.2 million homes.";

  @Test
  void of_figuresInTheText_areWordsAndFiguresBoth() {
    StoryFeatures features = StoryFeatures.of(READER, QUAKE, null, List.of(), List.of());

    assertThat(features.features()).containsKeys("n:7.4", "n:4", "n:225", "n:2.2", "w:7.4", "w:earthquake");
    assertThat(features.features().keySet().stream().filter(f -> f.startsWith("n:"))).containsExactlyInAnyOrder("n:7.4", "n:4", "n:225", "n:2.2");
  }

  @Test
  void of_figureInTheLead_weighsMoreThanOneInTheBody() {
    StoryFeatures features = StoryFeatures.of(READER, QUAKE, null, List.of(), List.of());

    assertThat(features.features().get("n:7.4")).isGreaterThan(features.features().get("n:2.2"));
  }

  @Test
  void isNumber_termWithADigit_isAFigure() {
    assertThat(StoryFeatures.isNumber("6.1")).isTrue();
    assertThat(StoryFeatures.isNumber("4,340")).isTrue();
    assertThat(StoryFeatures.isNumber("earthquake")).isFalse();
  }
}
