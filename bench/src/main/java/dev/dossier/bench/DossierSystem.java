package dev.dossier.bench;

import dev.dossier.core.Article;
import dev.dossier.core.Pipeline;
import dev.dossier.core.Stage;
import dev.dossier.nlp.NlpPipeline;
import java.util.ArrayList;
import java.util.List;

/**
 * Dossier's standard pipeline ({@link NlpPipeline#standard()}) with every stage wrapped in a
 * {@link TimedStage}, so one run gives both the pipeline's throughput and each stage's share.
 */
final class DossierSystem implements BenchSystem {

  private final List<TimedStage> stages = new ArrayList<>();
  private final Pipeline pipeline;

  DossierSystem() {
    for (Stage stage : NlpPipeline.standard().stages()) {
      stages.add(new TimedStage(stage));
    }
    pipeline = Pipeline.of(stages);
  }

  @Override
  public String name() {
    return "dossier";
  }

  @Override
  public String description() {
    return "Dossier NlpPipeline.standard(): " + String.join(" > ", stages.stream().map(TimedStage::name).toList());
  }

  @Override
  public void load() {
    NlpPipeline.warmUp();
  }

  @Override
  public void process(Article article) {
    pipeline.process(article);
  }

  @Override
  public void resetStageTimes() {
    stages.forEach(TimedStage::reset);
  }

  @Override
  public List<StageShare> stageShares(int articles) {
    long total = 0;
    for (TimedStage stage : stages) {
      total += stage.cpuNanos();
    }
    List<StageShare> shares = new ArrayList<>();
    for (TimedStage stage : stages) {
      long nanos = stage.cpuNanos();
      shares.add(new StageShare(stage.name(), nanos / 1e9, total == 0 ? 0 : (double) nanos / total, articles == 0 ? 0 : nanos / 1e6 / articles));
    }
    return shares;
  }
}
