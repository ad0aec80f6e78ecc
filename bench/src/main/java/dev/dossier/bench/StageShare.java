package dev.dossier.bench;

import java.util.Objects;

/**
 * One stage's part of a pipeline's time.
 *
 * @param stage the stage's name
 * @param cpuSeconds CPU time spent in the stage's {@code process}, summed over threads
 * @param share that time over the time of all stages together, 0 to 1
 * @param msPerArticle that time per article, in milliseconds
 */
public record StageShare(String stage, double cpuSeconds, double share, double msPerArticle) {

  public StageShare {
    Objects.requireNonNull(stage, "stage");
  }
}
