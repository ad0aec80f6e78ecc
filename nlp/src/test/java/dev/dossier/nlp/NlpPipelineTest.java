package dev.dossier.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Doc;
import dev.dossier.core.Layers;
import dev.dossier.core.Producer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class NlpPipelineTest {

  private static final String TEXT =
      "Russian spy chief met U.S. officials in United States last week\n\n"
          + "CIA Director Mike Pompeo defended the meeting in a Thursday letter to Senate Minority Leader Chuck Schumer. "
          + "Russian Ambassador to the U.S. Anatoly Antonov confirmed that Naryshkin was in Washington to meet with U.S. officials. "
          + "On Tuesday, the Russian embassy issued tweets dismissing Pompeo's remarks.";

  @Test
  void standard_everyLayer_recordsItsProducer() {
    Doc doc = Docs.analyse(TEXT, LocalDate.of(2018, 2, 2));

    assertThat(doc.producer(Layers.TOKENS)).contains(new Producer("tokens", 1));
    assertThat(doc.producer(Layers.MENTIONS)).contains(new Producer("mentions", 2));
    assertThat(doc.producer(Layers.ENTITIES)).contains(new Producer("entities", 1));
    assertThat(doc.producer(Layers.DATES)).contains(new Producer("dates", 2));
    assertThat(doc.producer(Layers.QUOTES)).contains(new Producer("quotes", 17));
  }

  @Test
  void process_manyThreadsAtOnce_sameResultAsOneThread() throws Exception {
    Doc expected = Docs.analyse(TEXT, LocalDate.of(2018, 2, 2));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Doc>> futures = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        futures.add(pool.submit(() -> Docs.analyse(TEXT, LocalDate.of(2018, 2, 2))));
      }
      for (Future<Doc> future : futures) {
        Doc doc = future.get();
        assertThat(doc.get(Layers.ENTITIES)).isEqualTo(expected.get(Layers.ENTITIES));
        assertThat(doc.get(Layers.DATES)).isEqualTo(expected.get(Layers.DATES));
      }
    } finally {
      pool.shutdown();
    }
  }
}
