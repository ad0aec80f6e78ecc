package dev.dossier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.ingest.ArticleStream;
import dev.dossier.ingest.IngestOptions;
import dev.dossier.ingest.Inputs;
import dev.dossier.store.EntitySummary;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reproducibility: the same input in the same order gives the same store, however fast the
 * machine. Batches are resolved against each other, so their boundaries must not follow the clock.
 */
class IngestBatchesTest {

  private static final Path SEEDS = Path.of("../demo/seeds.jsonl");

  /** A clock that moves a minute every time it is read: a very slow machine, or a loaded one. */
  private static final class RacingClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      now = now.plus(Duration.ofMinutes(1));
      return now;
    }
  }

  private record Run(List<Integer> batches, List<EntitySummary> entities) {}

  private static Run ingest(Path data, Clock clock) {
    List<Integer> batches = new ArrayList<>();
    IngestListener listener = new IngestListener() {
      @Override
      public void committed(long batch, int articles) {
        batches.add(articles);
      }
    };
    try (Engine engine = Engine.open(data); ArticleStream stream = Inputs.open(List.of(SEEDS.toString()), IngestOptions.NONE)) {
      engine.ingest(stream, listener, clock);
      return new Run(batches, engine.entities(null, 10_000));
    }
  }

  @Test
  void ingest_slowClockAgainstStillClock_sameBatchesAndEntities(@TempDir Path dir) {
    Run still = ingest(dir.resolve("still"), Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    Run racing = ingest(dir.resolve("racing"), new RacingClock());

    assertThat(still.batches()).as("two short articles make one batch").containsExactly(2);
    assertThat(racing.batches()).isEqualTo(still.batches());
    assertThat(racing.entities()).isNotEmpty().isEqualTo(still.entities());
  }
}
