package dev.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Static files and WebJars are served; no path, however encoded, reaches outside them or into the data folder. */
class StaticFilesTest {

  @TempDir static Path dir;
  static RunningServer running;

  @BeforeAll
  static void start() {
    TestStores.seeds(dir);
    running = RunningServer.on(dir);
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void assets_served() {
    assertThat(running.get("/static/dossier.css").statusCode()).isEqualTo(200);
    assertThat(running.get("/static/graph.js").headers().firstValue("Content-Type").orElse("")).contains("javascript");
    assertThat(running.get("/webjars/htmx.org/2.0.7/dist/htmx.min.js").statusCode()).isEqualTo(200);
    assertThat(running.get("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js").statusCode()).isEqualTo(200);
  }

  @Test
  void traversal_anyEncoding_neverLeavesTheAssets() {
    String token = running.server.token().value();
    String[] attempts = {
      "/static/../server-token", "/static/..%2fserver-token", "/static/%2e%2e/%2e%2e/server-token", "/static/%2e%2e%2f%2e%2e%2fdossier.db",
      "/static/..%5c..%5cserver-token", "/static/....//....//server-token", "/webjars/../../server-token", "/webjars/%2e%2e/%2e%2e/dossier.db",
      "/static//etc/passwd", "/static/%252e%252e/server-token", "/static/..;/server-token", "/static/%00../server-token",
      "/static/../../../../../../etc/passwd", "/webjars/htmx.org/2.0.7/../../../../dev/dossier/server/web/WebRoutes.class",
      "/static/../web/WebRoutes.class", "/static/%2e%2e/web/WebRoutes.class", "/articles/..%2f..%2fserver-token",
      "/api/v1/articles/..%2f..%2fserver-token", "/server-token", "/dossier.db", "/uploads/",
      "/api/v1/export/articles/../../../server-token", "/api/v1/export/..%2f..%2fserver-token", "/api/v1/export/%2e%2e/%2e%2e/dossier.db"
    };
    for (String attempt : attempts) {
      HttpResponse<String> response = running.get(attempt);
      assertThat(response.statusCode()).as(attempt).isIn(400, 404);
      assertThat(response.body()).as(attempt).doesNotContain(token).doesNotContain("SQLite format").doesNotContain("root:x:");
    }
  }
}
