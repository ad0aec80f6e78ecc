package dev.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.server.html.Urls;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps {@code /api/v1/openapi.json} true: every route the server registers under {@code /api/}
 * is documented and every documented path is registered, and each documented 200 response of a
 * GET without path parameters (and of the example ids below) has the required fields the document
 * promises, checked on the real answer. The store is the seeds and a farm copy of one through the
 * real pipeline, so the answers hold quotes, events, sanctions hits, reuse and stories.
 */
class OpenApiTest {

  @TempDir static Path dir;
  static RunningServer running;
  static JsonNode document;

  /** An example value for each path parameter, for checking answers. */
  private static Map<String, String> examples;

  @BeforeAll
  static void start() {
    TestStores.pipeline(dir);
    running = RunningServer.on(dir);
    document = running.json("/api/v1/openapi.json");
    String story = running.json("/api/v1/articles/" + TestStores.FARM_COPY).get("story").asText();
    examples = Map.of(
        "/api/v1/articles/{id}", "/api/v1/articles/" + TestStores.FARM_COPY,
        "/api/v1/articles/{id}/reuse", "/api/v1/articles/" + TestStores.FARM_COPY + "/reuse",
        "/api/v1/entities/{id}", "/api/v1/entities/person:sergey-naryshkin",
        "/api/v1/entities/{id}/graph", "/api/v1/entities/person:mike-pompeo/graph",
        "/api/v1/stories/{id}", "/api/v1/stories/" + story,
        "/api/v1/events/{id}", "/api/v1/events/" + Urls.eventPath(sharedEvent()));
  }

  /** An event reported by more than one article, so its mentions are more than its evidence. */
  private static String sharedEvent() {
    for (JsonNode event : running.json("/api/v1/events?limit=500").get("events")) {
      if (event.get("articles").asInt() > 1) {
        return event.get("id").asText();
      }
    }
    throw new AssertionError("no event reported by two articles");
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void document_pathsAndMethods_equalTheRegisteredRoutes() {
    TreeSet<String> documented = new TreeSet<>();
    document.get("paths").properties().forEach(path -> path.getValue().fieldNames()
        .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
    TreeSet<String> registered = new TreeSet<>();
    for (String route : running.server.routes()) {
      if (route.split(" ", 2)[1].startsWith("/api/")) {
        registered.add(route);
      }
    }

    assertThat(documented).isEqualTo(registered);
  }

  @Test
  void document_everyReference_resolves() {
    List<String> references = new ArrayList<>();
    collectReferences(document, references);

    assertThat(references).isNotEmpty();
    for (String reference : references) {
      assertThat(reference).startsWith("#/components/schemas/");
      assertThat(document.at(reference.substring(1)).isMissingNode()).as(reference).isFalse();
    }
  }

  @Test
  void getResponses_haveTheRequiredFieldsTheDocumentPromises() {
    int checked = 0;
    for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
      JsonNode get = path.getValue().get("get");
      if (get == null || path.getKey().endsWith("openapi.json")) {
        continue;
      }
      String url = path.getKey().contains("{") ? examples.get(path.getKey()) : path.getKey();
      if (url == null) {
        // A path parameter without an example: only a job id, which needs an upload first (IngestJobTest).
        assertThat(path.getKey()).isEqualTo("/api/v1/jobs/{id}");
        continue;
      }
      JsonNode schema = get.at("/responses/200/content/application~1json/schema");
      if (schema.isMissingNode()) {
        // Not JSON (the exports): ApiTest and FindingsApiTest read them.
        continue;
      }
      assertConforms(path.getKey(), resolve(schema), running.json(url));
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(15);
  }

  @Test
  void curation_answer_hasTheFieldsTheDocumentPromises() {
    HttpResponse<String> response = running.send(HttpRequest.newBuilder(running.uri("/api/v1/entities/organization:forbes/rename"))
        .header("Authorization", "Bearer " + running.server.token().value()).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Forbes magazine\", \"who\": \"tester\", \"why\": \"its full name\"}")).build());
    JsonNode schema = document.at("/paths/~1api~1v1~1entities~1{id}~1rename/post/responses/200/content/application~1json/schema");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertConforms("rename", resolve(schema), RunningServer.parse(response.body()));
    assertConforms("curations", resolve(document.at("/paths/~1api~1v1~1curations/get/responses/200/content/application~1json/schema")),
        running.json("/api/v1/curations"));
  }

  private static JsonNode resolve(JsonNode schema) {
    JsonNode reference = schema.get("$ref");
    return reference == null ? schema : document.at(reference.asText().substring(1));
  }

  /** Required properties present, types as documented, recursively into objects and arrays. */
  private static void assertConforms(String where, JsonNode schema, JsonNode value) {
    if (schema.has("oneOf")) {
      if (value.isNull()) {
        return;
      }
      for (JsonNode option : schema.get("oneOf")) {
        if (!"null".equals(option.path("type").asText())) {
          assertConforms(where, resolve(option), value);
        }
      }
      return;
    }
    JsonNode type = schema.get("type");
    if (type != null) {
      List<String> types = new ArrayList<>();
      if (type.isArray()) {
        type.forEach(t -> types.add(t.asText()));
      } else {
        types.add(type.asText());
      }
      assertThat(types).as(where + " = " + value).contains(typeOf(value));
    }
    if (value.isObject() && schema.has("required")) {
      for (JsonNode required : schema.get("required")) {
        assertThat(value.has(required.asText())).as(where + " needs '" + required.asText() + "'").isTrue();
      }
    }
    if (value.isObject() && schema.has("properties")) {
      schema.get("properties").properties().forEach(property -> {
        if (value.has(property.getKey())) {
          assertConforms(where + "." + property.getKey(), resolve(property.getValue()), value.get(property.getKey()));
        }
      });
    }
    if (value.isArray() && schema.has("items")) {
      for (JsonNode item : value) {
        assertConforms(where + "[]", resolve(schema.get("items")), item);
      }
    }
  }

  private static String typeOf(JsonNode value) {
    if (value.isNull()) {
      return "null";
    }
    if (value.isIntegralNumber()) {
      return "integer";
    }
    if (value.isNumber()) {
      return "number";
    }
    if (value.isTextual()) {
      return "string";
    }
    if (value.isBoolean()) {
      return "boolean";
    }
    return value.isArray() ? "array" : "object";
  }

  private static void collectReferences(JsonNode node, List<String> into) {
    if (node.isObject()) {
      node.properties().forEach(field -> {
        if (field.getKey().equals("$ref")) {
          into.add(field.getValue().asText());
        } else {
          collectReferences(field.getValue(), into);
        }
      });
    } else if (node.isArray()) {
      node.forEach(child -> collectReferences(child, into));
    }
  }
}
