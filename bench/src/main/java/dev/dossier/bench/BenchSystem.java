package dev.dossier.bench;

import dev.dossier.core.Article;
import java.util.List;

/**
 * A system under benchmark: it loads its models once, then processes articles from several threads
 * at once.
 */
interface BenchSystem {

  /** {@code dossier} or {@code corenlp}. */
  String name();

  /** What exactly runs, in one line. */
  String description();

  /** Loads every model now, so that loading is not timed with processing. */
  void load();

  /** Runs the whole pipeline over one article. Thread-safe. */
  void process(Article article);

  /** Forgets the per-stage times gathered so far, at the end of the warm-up. */
  void resetStageTimes();

  /** Each stage's share of the pipeline's time since the last reset; empty if not measured. */
  List<StageShare> stageShares(int articles);
}
