package dev.dossier.core;

import java.util.Objects;

/**
 * Which stage, at which version, produced a layer. Recorded with every layer of a {@link Doc} and
 * with every annotation in the store, so a stage can be rerun alone when its version changes.
 *
 * @param stage the stage's name
 * @param version the stage's version; bump it whenever the stage's output may change
 */
public record Producer(String stage, int version) {

  public Producer {
    Objects.requireNonNull(stage, "stage");
    if (version < 1) {
      throw new IllegalArgumentException("stage version must be >= 1, was " + version);
    }
  }

  /** Parses the {@code name@version} form written by {@link #toString()}. */
  public static Producer parse(String text) {
    int at = text.lastIndexOf('@');
    if (at <= 0) {
      throw new IllegalArgumentException("not a producer '" + text + "': expected name@version");
    }
    return new Producer(text.substring(0, at), Integer.parseInt(text.substring(at + 1)));
  }

  @Override
  public String toString() {
    return stage + "@" + version;
  }
}
