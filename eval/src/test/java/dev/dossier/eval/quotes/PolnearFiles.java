package dev.dossier.eval.quotes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes PolNeAR-format files for tests: articles of the seeds' sentences with attributions marked
 * by hand, each given as its content, source and cue words, located in the text by search.
 */
final class PolnearFiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One hand-marked attribution: the words of its content, source and cue (the first occurrence of each). */
  record Marked(String content, String source, String cue) {}

  private final List<String> lines = new ArrayList<>();

  PolnearFiles article(String name, String text, Marked... attributions) {
    ObjectNode article = JSON.createObjectNode();
    article.put("filename", name);
    article.put("date", "2018-02-02");
    article.put("text", text);
    ArrayNode marked = JSON.createArrayNode();
    for (Marked attribution : attributions) {
      ObjectNode node = JSON.createObjectNode();
      node.set("content", piece(text, attribution.content()));
      node.set("source", piece(text, attribution.source()));
      node.set("cue", piece(text, attribution.cue()));
      marked.add(node);
    }
    ObjectNode annotator = JSON.createObjectNode();
    annotator.put("annotator", "test");
    annotator.set("attributions", marked);
    article.set("annotations", JSON.createArrayNode().add(annotator));
    lines.add(article.toString());
    return this;
  }

  Path write(Path dir) throws IOException {
    Path file = dir.resolve("polnear.jsonl");
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private static ArrayNode piece(String text, String words) {
    ArrayNode pieces = JSON.createArrayNode();
    if (words == null) {
      return pieces;
    }
    int start = text.indexOf(words);
    if (start < 0) {
      throw new IllegalArgumentException("'" + words + "' is not in the text");
    }
    ObjectNode piece = JSON.createObjectNode();
    piece.set("spans", JSON.createArrayNode().add(JSON.createArrayNode().add(start).add(start + words.length())));
    return pieces.add(piece);
  }
}
