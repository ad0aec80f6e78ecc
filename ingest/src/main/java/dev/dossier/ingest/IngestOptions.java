package dev.dossier.ingest;

import java.time.LocalDate;

/**
 * Defaults for inputs that lack metadata. They fill in what an input does not give and never
 * override what it does.
 *
 * @param published the publication date for articles without one, or {@code null}
 * @param source the outlet name for articles without one, or {@code null}; a blank name is read as
 *     {@code null}
 */
public record IngestOptions(LocalDate published, String source) {

  /** No defaults. */
  public static final IngestOptions NONE = new IngestOptions(null, null);

  public IngestOptions {
    source = source == null || source.isBlank() ? null : source.strip();
  }
}
