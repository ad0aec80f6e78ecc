package dev.dossier.eval.stories;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.core.Article;
import dev.dossier.core.DateMention;
import dev.dossier.core.Doc;
import dev.dossier.core.DossierException;
import dev.dossier.core.Entity;
import dev.dossier.core.ErrorCode;
import dev.dossier.core.Event;
import dev.dossier.core.Layer;
import dev.dossier.core.Layers;
import dev.dossier.core.Producer;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A developer aid for iterating on the story step: the layers the story step reads (entities,
 * dates, events), as the NLP pipeline produced them for an ECB+ file, kept in a JSON-lines file so
 * that a rerun skips the minute of NLP. The first line records the file evaluated and the
 * pipeline's stages and versions; a cache written from another file or by another version of a
 * stage is not used (the documents are analysed again and the cache rewritten). A stage changed
 * without a version bump is not noticed: delete the cache then.
 */
final class AnalysedCache {

  private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private static final List<Layer<?>> LAYERS = List.of(Layers.ENTITIES, Layers.DATES, Layers.EVENTS);

  private AnalysedCache() {}

  /**
   * The documents cached in {@code cache} for {@code ecb} by the pipeline {@code expected} names, or
   * empty if there is no such cache.
   *
   * @param articles the articles as the evaluation makes them, in file order
   */
  static Optional<List<Doc>> read(Path cache, Path ecb, String expected, List<Article> articles) {
    if (!Files.isRegularFile(cache)) {
      return Optional.empty();
    }
    List<Doc> docs = new ArrayList<>();
    try (BufferedReader lines = Files.newBufferedReader(cache, StandardCharsets.UTF_8)) {
      JsonNode header = JSON.readTree(lines.readLine());
      if (!header.path("ecb").asText().equals(ecb.toAbsolutePath().normalize().toString()) || !header.path("producers").asText().equals(expected)) {
        return Optional.empty();
      }
      for (Article article : articles) {
        String line = lines.readLine();
        if (line == null) {
          return Optional.empty();
        }
        JsonNode node = JSON.readTree(line);
        if (!node.path("id").asText().equals(article.id()) || !node.path("text").asText().equals(article.text())) {
          return Optional.empty();
        }
        Doc doc = Doc.of(article);
        doc = doc.with(Layers.ENTITIES, JSON.convertValue(node.get("entities"), new TypeReference<List<Entity>>() {}), producer(node, Layers.ENTITIES));
        doc = doc.with(Layers.DATES, JSON.convertValue(node.get("dates"), new TypeReference<List<DateMention>>() {}), producer(node, Layers.DATES));
        doc = doc.with(Layers.EVENTS, JSON.convertValue(node.get("events"), new TypeReference<List<Event>>() {}), producer(node, Layers.EVENTS));
        docs.add(doc);
      }
    } catch (IOException | RuntimeException e) {
      throw new DossierException(ErrorCode.UNREADABLE_INPUT, cache + ": not a cache of analysed documents (delete it to rebuild it): " + e.getMessage(), e);
    }
    return Optional.of(docs);
  }

  /** Writes the documents' story layers to {@code cache}. */
  static void write(Path cache, Path ecb, String pipeline, List<Doc> docs) {
    try (BufferedWriter out = Files.newBufferedWriter(cache, StandardCharsets.UTF_8)) {
      ObjectNode header = JSON.createObjectNode().put("ecb", ecb.toAbsolutePath().normalize().toString()).put("producers", pipeline);
      out.write(header.toString());
      out.newLine();
      for (Doc doc : docs) {
        ObjectNode node = JSON.createObjectNode().put("id", doc.id()).put("text", doc.text());
        for (Layer<?> layer : LAYERS) {
          node.set(layer.name(), JSON.valueToTree(doc.has(layer) ? doc.get(layer) : List.of()));
          node.put(layer.name() + "_producer", doc.producer(layer).map(Producer::toString).orElse(""));
        }
        out.write(node.toString());
        out.newLine();
      }
    } catch (IOException e) {
      throw new DossierException(ErrorCode.UNREADABLE_INPUT, cache + ": cannot write the cache of analysed documents: " + e.getMessage(), e);
    }
  }

  private static Producer producer(JsonNode node, Layer<?> layer) {
    return Producer.parse(node.path(layer.name() + "_producer").asText());
  }
}
