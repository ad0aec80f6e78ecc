package dev.dossier.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the JSON-lines gold files the evaluations take (PolNeAR, PLOVER, ECB+, Reuters). */
public final class JsonLines {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Turns one line's JSON into a record, or {@code null} to skip the line. */
  @FunctionalInterface
  public interface LineReader<T> {
    T read(JsonNode node, int line);
  }

  private JsonLines() {}

  /**
   * Every record of the file in order; blank lines are skipped.
   *
   * @param what what a line holds, for messages ("PLOVER record")
   * @throws DossierException {@link ErrorCode#INPUT_NOT_FOUND} if the file is missing, {@link
   *     ErrorCode#UNREADABLE_INPUT} if it cannot be read, {@link ErrorCode#MALFORMED_JSON} naming the
   *     file and line if a line is not JSON or not such a record, or whatever {@code reader} throws
   */
  public static <T> List<T> read(Path file, String what, LineReader<T> reader) {
    List<T> records = new ArrayList<>();
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line; (line = lines.readLine()) != null; ) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        T record;
        try {
          record = reader.read(JSON.readTree(line), number);
        } catch (DossierException e) {
          throw e;
        } catch (IOException | RuntimeException e) {
          // Jackson's own message ends in a location that repeats the line number, redacted source and all.
          String reason = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
          throw new DossierException(ErrorCode.MALFORMED_JSON, file + ":" + number + ": not a " + what + ": " + reason, e);
        }
        if (record != null) {
          records.add(record);
        }
      }
    } catch (NoSuchFileException e) {
      throw new DossierException(ErrorCode.INPUT_NOT_FOUND, file + ": no such file", e);
    } catch (IOException e) {
      throw new DossierException(ErrorCode.UNREADABLE_INPUT, file + ": cannot read: " + e.getMessage(), e);
    }
    return records;
  }
}
