package dev.dossier.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the Reuters-21578 corpus lies beside the project ({@code ../shared/corpus/reuters21578}),
 * for the tests that read it. It is for research use only, so it is never copied into the project,
 * and a test that needs it skips, with {@link #SKIPPED} as its reason, where it is absent.
 */
public final class SharedReuters {

  /** The reason a test gives for skipping when the corpus is absent. */
  public static final String SKIPPED = "skipped: ../shared/corpus/reuters21578/reuters21578.jsonl not found (research-only corpus, not part of the project)";

  private SharedReuters() {}

  /** The corpus file, looked for beside the working folder and each folder above it; empty if none has it. */
  public static Optional<Path> file() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path file = dir.resolve("../shared/corpus/reuters21578/reuters21578.jsonl").normalize();
      if (Files.isRegularFile(file)) {
        return Optional.of(file);
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }
}
