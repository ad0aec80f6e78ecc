package dev.dossier.eval;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** The lines of a plain-text gold or dictionary file given on the command line, read whole. */
public final class InputLines {

  private InputLines() {}

  /**
   * Reads a UTF-8 text file.
   *
   * @param what what the file should be, for the message when it is missing ("PETRARCH's
   *     validation dictionaries"), or {@code null}
   * @throws DossierException {@link ErrorCode#INPUT_NOT_FOUND} naming the file if there is no such
   *     file, {@link ErrorCode#UNREADABLE_INPUT} with the reason if it cannot be read
   */
  public static List<String> of(Path file, String what) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new DossierException(ErrorCode.INPUT_NOT_FOUND, file + ": no such file" + (what == null ? "" : " (" + what + ")"), e);
    } catch (IOException e) {
      throw new DossierException(ErrorCode.UNREADABLE_INPUT, file + ": cannot read: " + e.getMessage(), e);
    }
  }
}
