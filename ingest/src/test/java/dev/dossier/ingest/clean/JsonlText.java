package dev.dossier.ingest.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One article of a JSONL corpus as the tests that clean whole corpora read it: its {@code id},
 * {@code title} and {@code text} fields, each empty when absent.
 */
record JsonlText(String id, String title, String text) {

  /** Every line of {@code file}, in order. */
  static List<JsonlText> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonlText> texts = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        JsonNode node = json.readTree(line);
        texts.add(new JsonlText(node.path("id").asText(""), node.path("title").asText(""), node.path("text").asText("")));
      }
    }
    return texts;
  }

  /** This article through the standard cleaner. */
  Cleaned cleaned() {
    return Cleaner.standard().clean(title, text);
  }
}
