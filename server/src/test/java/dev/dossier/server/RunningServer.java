package dev.dossier.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.engine.Engine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/** A real server on a random port of localhost over a store in a folder, and an HTTP client for it. */
final class RunningServer implements AutoCloseable {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  final Engine engine;
  final DossierServer server;
  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

  private RunningServer(Engine engine, DossierServer server) {
    this.engine = engine;
    this.server = server;
  }

  static RunningServer on(Path dataDir) {
    return on(dataDir, ServerOptions.onPort(0));
  }

  static RunningServer on(Path dataDir, ServerOptions options) {
    Engine engine = Engine.open(dataDir);
    try {
      return new RunningServer(engine, DossierServer.start(engine, options));
    } catch (RuntimeException e) {
      engine.close();
      throw e;
    }
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
  }

  HttpResponse<String> get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
  }

  JsonNode json(String pathAndQuery) {
    HttpResponse<String> response = get(pathAndQuery);
    if (response.statusCode() != 200) {
      throw new AssertionError("GET " + pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
    }
    return parse(response.body());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode parse(String body) {
    try {
      return MAPPER.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + body, e);
    }
  }

  @Override
  public void close() {
    server.close();
    engine.close();
  }
}
