package dev.dossier.bench;

import dev.dossier.core.Doc;
import dev.dossier.core.Layer;
import dev.dossier.core.Stage;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * A stage that adds the CPU time of each of its calls to a counter and otherwise is the stage it
 * wraps: same name, version, layers and producer, so the pipeline treats it exactly alike.
 * Thread-safe.
 */
final class TimedStage implements Stage {

  private final Stage stage;
  private final LongAdder cpuNanos = new LongAdder();

  TimedStage(Stage stage) {
    this.stage = stage;
  }

  @Override
  public String name() {
    return stage.name();
  }

  @Override
  public int version() {
    return stage.version();
  }

  @Override
  public Set<Layer<?>> reads() {
    return stage.reads();
  }

  @Override
  public Set<Layer<?>> writes() {
    return stage.writes();
  }

  @Override
  public Doc process(Doc doc) {
    long start = CpuClock.threadNanos();
    try {
      return stage.process(doc);
    } finally {
      cpuNanos.add(CpuClock.threadNanos() - start);
    }
  }

  long cpuNanos() {
    return cpuNanos.sum();
  }

  void reset() {
    cpuNanos.reset();
  }
}
