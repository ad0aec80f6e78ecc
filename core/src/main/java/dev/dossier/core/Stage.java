package dev.dossier.core;

import java.util.Set;

/**
 * One step of per-document work: reads some layers of a {@link Doc} and writes others ("Doc in,
 * Doc out").
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #reads()} and {@link #writes()} are fixed for the life of the stage; {@link
 *       Pipeline#of} checks them before anything runs.
 *   <li>{@link #process} returns a document holding every layer in {@link #writes()}, each set
 *       with {@link #producer()}, and leaves the other layers as they were.
 *   <li>Implementations are thread-safe: one instance processes many documents at once. Heavy
 *       resources (models) load once per process, not per call.
 *   <li>{@link #version()} changes whenever the output for the same input may change, so stored
 *       annotations of an older version can be recognised and rebuilt.
 * </ul>
 */
public interface Stage {

  /** A short, stable, lower-case name, such as {@code entities}. */
  String name();

  /** The version of this stage's behaviour, starting at 1. */
  int version();

  /** The layers this stage needs. The article's text and metadata are always available. */
  Set<Layer<?>> reads();

  /** The layers this stage adds. */
  Set<Layer<?>> writes();

  /**
   * Annotates one document.
   *
   * @throws RuntimeException if this document cannot be processed; the caller rejects the
   *     document, naming it, and goes on with the others
   */
  Doc process(Doc doc);

  /** The producer recorded on every layer this stage writes. */
  default Producer producer() {
    return new Producer(name(), version());
  }
}
