package dev.dossier.eval.stories;

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

/**
 * Reads ECB+ documents from JSONL, one object a line with {@code doc_id}, {@code topic}, {@code
 * story_cluster} and {@code text} (the form of {@code ecbplus_dev_docs.jsonl}).
 */
public final class EcbReader {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private EcbReader() {}

  /**
   * @throws DossierException {@link ErrorCode#INPUT_NOT_FOUND} if the file is missing, {@link
   *     ErrorCode#UNREADABLE_INPUT} if it cannot be read, {@link ErrorCode#MALFORMED_JSON} or
   *     {@link ErrorCode#MISSING_FIELD} naming the file and line
   */
  public static List<EcbDocument> read(Path file) {
    List<EcbDocument> documents = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line; (line = reader.readLine()) != null; ) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = MAPPER.readTree(line);
        } catch (IOException e) {
          throw new DossierException(ErrorCode.MALFORMED_JSON, file + ":" + number + ": malformed JSON: " + e.getMessage(), e);
        }
        for (String field : List.of("doc_id", "topic", "story_cluster", "text")) {
          if (!node.hasNonNull(field)) {
            throw new DossierException(ErrorCode.MISSING_FIELD, file + ":" + number + ": no '" + field + "' field");
          }
        }
        documents.add(new EcbDocument(node.get("doc_id").asText(), node.get("topic").asInt(), node.get("story_cluster").asText(), node.get("text").asText()));
      }
    } catch (NoSuchFileException e) {
      throw new DossierException(ErrorCode.INPUT_NOT_FOUND, file + ": no such file");
    } catch (IOException e) {
      throw new DossierException(ErrorCode.UNREADABLE_INPUT, file + ": cannot read: " + e, e);
    }
    return documents;
  }
}
