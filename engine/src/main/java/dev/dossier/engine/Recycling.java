package dev.dossier.engine;

import dev.dossier.core.ReusedPassage;
import dev.dossier.engine.quality.Quality;
import java.util.List;
import java.util.Objects;

/**
 * What the cross-document step found for one article: what it reuses, which story it belongs to,
 * and its quality signals.
 *
 * @param reuse its reused passages in text order
 * @param story its story's id ({@code story:12}), or {@code null} if it has not been placed
 * @param quality its content-quality signals
 */
public record Recycling(List<ReusedPassage> reuse, String story, Quality quality) {

  public Recycling {
    reuse = List.copyOf(reuse);
    Objects.requireNonNull(quality, "quality");
  }

  /** The public form of a story id. */
  public static String storyId(long id) {
    return "story:" + id;
  }

  /**
   * The number of a story id given as {@code story:12} or {@code 12}.
   *
   * @throws IllegalArgumentException if it is neither
   */
  public static long parseStoryId(String id) {
    String number = id.startsWith("story:") ? id.substring("story:".length()) : id;
    try {
      long value = Long.parseLong(number.trim());
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    throw new IllegalArgumentException("'" + id + "' is not a story id: expected story:N or N");
  }
}
