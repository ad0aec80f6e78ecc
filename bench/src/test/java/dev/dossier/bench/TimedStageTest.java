package dev.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.bench.jmh.Seeds;
import dev.dossier.core.Doc;
import dev.dossier.core.Layers;
import dev.dossier.core.Pipeline;
import dev.dossier.nlp.TokenStage;
import org.junit.jupiter.api.Test;

class TimedStageTest {

  @Test
  void wrapper_tokenStage_sameContractAndProducer() {
    TokenStage stage = new TokenStage();
    TimedStage timed = new TimedStage(stage);

    assertThat(timed.name()).isEqualTo(stage.name());
    assertThat(timed.version()).isEqualTo(stage.version());
    assertThat(timed.reads()).isEqualTo(stage.reads());
    assertThat(timed.writes()).isEqualTo(stage.writes());
    assertThat(timed.producer()).isEqualTo(stage.producer());
  }

  @Test
  void process_seedArticle_sameOutputAndTimeCounted() {
    TimedStage timed = new TimedStage(new TokenStage());
    Doc doc = Doc.of(Seeds.article(Seeds.NAMES.get(1)));

    Doc out = Pipeline.of(timed).process(doc);

    assertThat(out.get(Layers.TOKENS)).isEqualTo(new TokenStage().process(doc).get(Layers.TOKENS));
    assertThat(timed.cpuNanos()).isPositive();
    timed.reset();
    assertThat(timed.cpuNanos()).isZero();
  }
}
