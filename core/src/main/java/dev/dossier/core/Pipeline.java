package dev.dossier.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An ordered list of {@link Stage stages}, checked when it is built: every layer a stage reads is
 * written by an earlier stage, and no layer is written twice. Running it is a plain loop.
 *
 * <p>{@link #process(Doc)} skips a stage whose layers are already present and were written by the
 * same stage at the same version, so a document can be brought up to date by rerunning only what
 * changed: drop a layer with {@link Doc#without} (or bump a stage's version) and process again.
 *
 * <p>A pipeline is immutable and as thread-safe as its stages.
 */
public final class Pipeline {

  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = stages;
  }

  /**
   * Builds and checks a pipeline.
   *
   * @throws DossierException {@link ErrorCode#EMPTY_PIPELINE}, {@link
   *     ErrorCode#STAGE_INPUT_MISSING} or {@link ErrorCode#LAYER_WRITTEN_TWICE}, naming the stage
   *     and layer
   */
  public static Pipeline of(List<? extends Stage> stages) {
    if (stages.isEmpty()) {
      throw new DossierException(ErrorCode.EMPTY_PIPELINE, "cannot build a pipeline without stages");
    }
    Map<Layer<?>, Stage> writers = new LinkedHashMap<>();
    for (Stage stage : stages) {
      for (Layer<?> layer : stage.reads()) {
        if (!writers.containsKey(layer)) {
          throw new DossierException(
              ErrorCode.STAGE_INPUT_MISSING,
              "stage '" + stage.name() + "' reads layer '" + layer + "', but no earlier stage writes it (written so far: " + writers.keySet() + ")");
        }
      }
      for (Layer<?> layer : stage.writes()) {
        Stage previous = writers.putIfAbsent(layer, stage);
        if (previous != null) {
          throw new DossierException(
              ErrorCode.LAYER_WRITTEN_TWICE,
              "stages '" + previous.name() + "' and '" + stage.name() + "' both write layer '" + layer + "'");
        }
      }
    }
    return new Pipeline(List.copyOf(stages));
  }

  public static Pipeline of(Stage... stages) {
    return of(List.of(stages));
  }

  public List<Stage> stages() {
    return stages;
  }

  /** Every layer the pipeline writes, in stage order. */
  public Set<Layer<?>> writes() {
    return stages.stream().flatMap(s -> s.writes().stream()).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  /** Runs every stage over a new document for the article. */
  public Doc process(Article article) {
    return process(Doc.of(article));
  }

  /**
   * Runs each stage whose layers are missing from the document or were written by another version
   * of it. Layers of later stages are dropped first when an earlier stage reruns, so nothing is
   * left built on stale input.
   *
   * @throws DossierException {@link ErrorCode#STAGE_OUTPUT_MISSING} if a stage broke its contract
   */
  public Doc process(Doc doc) {
    Doc current = doc;
    boolean upstreamChanged = false;
    for (Stage stage : stages) {
      if (!upstreamChanged && isUpToDate(current, stage)) {
        continue;
      }
      for (Layer<?> layer : stage.writes()) {
        current = current.without(layer);
      }
      current = stage.process(current);
      for (Layer<?> layer : stage.writes()) {
        Optional<Producer> producer = current.producer(layer);
        if (producer.isEmpty() || !producer.get().equals(stage.producer())) {
          throw new DossierException(
              ErrorCode.STAGE_OUTPUT_MISSING,
              "stage '" + stage.producer() + "' did not write its layer '" + layer + "' for document " + doc.id());
        }
      }
      upstreamChanged = true;
    }
    return current;
  }

  private static boolean isUpToDate(Doc doc, Stage stage) {
    for (Layer<?> layer : stage.writes()) {
      if (!doc.producer(layer).map(stage.producer()::equals).orElse(false)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    List<String> names = new ArrayList<>();
    for (Stage stage : stages) {
      names.add(stage.producer().toString());
    }
    return "Pipeline" + names;
  }
}
