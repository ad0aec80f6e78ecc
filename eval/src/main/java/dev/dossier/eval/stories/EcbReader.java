package dev.dossier.eval.stories;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.eval.JsonLines;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads ECB+ documents from JSONL, one object a line with {@code doc_id}, {@code topic}, {@code
 * story_cluster} and {@code text} (the form of {@code ecbplus_dev_docs.jsonl}).
 */
public final class EcbReader {

  private EcbReader() {}

  /**
   * @throws DossierException {@link ErrorCode#INPUT_NOT_FOUND} if the file is missing, {@link
   *     ErrorCode#UNREADABLE_INPUT} if it cannot be read, {@link ErrorCode#MALFORMED_JSON} or
   *     {@link ErrorCode#MISSING_FIELD} naming the file and line
   */
  public static List<EcbDocument> read(Path file) {
    return JsonLines.read(file, "ECB+ document", (node, line) -> {
      for (String field : List.of("doc_id", "topic", "story_cluster", "text")) {
        if (!node.hasNonNull(field)) {
          throw new DossierException(ErrorCode.MISSING_FIELD, file + ":" + line + ": no '" + field + "' field");
        }
      }
      return new EcbDocument(node.get("doc_id").asText(), node.get("topic").asInt(), node.get("story_cluster").asText(), node.get("text").asText());
    });
  }
}
