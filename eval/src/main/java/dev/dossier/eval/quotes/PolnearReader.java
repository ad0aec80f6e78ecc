package dev.dossier.eval.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.core.Span;
import dev.dossier.eval.JsonLines;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads PolNeAR attributions in the JSONL form of {@code ../shared/eval/polnear}: one article per
 * line with {@code filename}, {@code text}, {@code date} and {@code annotations}, a list of
 * annotators each with {@code attributions} of {@code source}, {@code cue} and {@code content}
 * (each a list of {@code {"spans": [[start, end], ...]}} into {@code text}).
 *
 * <p>An article that several annotators marked (PolNeAR's agreement study) is scored against the
 * first annotator listed, so every article counts once. Attributions without content are dropped:
 * there is nothing to match.
 */
public final class PolnearReader {

  private PolnearReader() {}

  /**
   * @throws DossierException {@link ErrorCode#INPUT_NOT_FOUND} if the file is missing, {@link
   *     ErrorCode#MALFORMED_JSON} naming the file and line if a line is not such an article, or
   *     {@link ErrorCode#UNREADABLE_INPUT} if it cannot be read
   */
  public static List<PolnearArticle> read(Path file) {
    return JsonLines.read(file, "PolNeAR article", PolnearReader::article);
  }

  private static PolnearArticle article(JsonNode node, int line) {
    String text = required(node, "text").asText();
    JsonNode annotations = required(node, "annotations");
    if (!annotations.isArray() || annotations.isEmpty()) {
      throw new IllegalArgumentException("'annotations' must be a non-empty list");
    }
    JsonNode first = annotations.get(0);
    List<GoldAttribution> attributions = new ArrayList<>();
    for (JsonNode attribution : required(first, "attributions")) {
      List<Span> content = spans(attribution.get("content"), text.length());
      if (!content.isEmpty()) {
        attributions.add(new GoldAttribution(content, spans(attribution.get("source"), text.length()), spans(attribution.get("cue"), text.length())));
      }
    }
    String date = node.hasNonNull("date") ? node.get("date").asText() : null;
    return new PolnearArticle(node.path("filename").asText("line " + line), line, text, date, first.path("annotator").asText(""), attributions);
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("missing field '" + field + "'");
    }
    return value;
  }

  private static List<Span> spans(JsonNode pieces, int length) {
    List<Span> spans = new ArrayList<>();
    if (pieces == null) {
      return spans;
    }
    for (JsonNode piece : pieces) {
      for (JsonNode pair : piece.path("spans")) {
        int start = pair.get(0).asInt();
        int end = pair.get(1).asInt();
        if (end > length) {
          throw new IllegalArgumentException("span [" + start + ", " + end + ") runs past the text's " + length + " characters");
        }
        if (end > start) {
          spans.add(new Span(start, end));
        }
      }
    }
    spans.sort(null);
    return spans;
  }
}
