package dev.dossier.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds a file of {@code ../shared} (corpora and gold data that are never copied into the
 * project) from the working directory or any folder above it, or skips the calling test: a fresh
 * clone has no {@code ../shared}.
 */
public final class SharedData {

  private SharedData() {}

  /**
   * The file at {@code relative} under the nearest {@code shared} folder, for example
   * {@code "corpus/reuters21578/reuters21578.jsonl"}; aborts the test (a skip, not a failure) when
   * there is none.
   */
  public static Path locate(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve(relative);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    Assumptions.abort("skipped: ../shared/" + relative + " not found (not part of the project; a fresh clone has no ../shared)");
    return null;
  }
}
