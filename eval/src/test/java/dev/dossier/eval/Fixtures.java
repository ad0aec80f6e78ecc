package dev.dossier.eval;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Test data: the CoNLL fixtures in this module's test resources, and the gold data beside the
 * project in {@code ../shared}, which only some machines have.
 *
 * <p>The fixtures hold sentences of the two seed articles, tokenised by CoreNLP's tokenizer (the
 * part-of-speech column is its tagger's; the chunk column is {@code O}, as nothing reads it) and
 * annotated by hand with CoNLL-2003 conventions: nationalities and laws are MISC, buildings such
 * as the White House are LOC. {@code seeds-iob2.conll} tags every name's first token {@code B-};
 * {@code seeds-iob1.conll} is the same data in IOB1.
 */
public final class Fixtures {

  /** Gold names in the seed fixture: 16 PER, 10 ORG, 23 LOC, 14 MISC. */
  public static final int SEED_NAMES = 63;

  private Fixtures() {}

  /** A fixture file by name, such as {@code seeds-iob2.conll}. */
  public static Path path(String name) {
    URL url = Fixtures.class.getResource("/dev/dossier/eval/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no test fixture " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A file under the shared data folder, if this machine has it: the folder named by the system
   * property {@code dossier.shared}, else a {@code shared} folder beside the project root found by
   * walking up from the working directory.
   */
  public static Optional<Path> shared(String relative) {
    String configured = System.getProperty("dossier.shared");
    if (configured != null) {
      Path file = Path.of(configured).resolve(relative);
      return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path file = dir.resolve("shared").resolve(relative);
      if (Files.isRegularFile(file)) {
        return Optional.of(file);
      }
    }
    return Optional.empty();
  }
}
