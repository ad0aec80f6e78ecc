package dev.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploading files to ingest as a job, through the API and the web form, with the real pipeline. */
class IngestJobTest {

  @TempDir static Path dir;
  static RunningServer running;

  @BeforeAll
  static void start() {
    running = RunningServer.on(dir);
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  /** A multipart body: the files, then plain fields as name, value pairs. */
  static HttpRequest.Builder multipart(String path, String[][] files, String... fields) {
    String boundary = "dossier-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (String[] file : files) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file[0]
          + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file[1].getBytes(StandardCharsets.UTF_8));
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    for (int i = 0; i < fields.length; i += 2) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n" + fields[i + 1] + "\r\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(running.uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
  }

  static JsonNode awaitJob(String id) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
    while (Instant.now().isBefore(deadline)) {
      JsonNode job = running.json("/api/v1/jobs/" + id);
      if (job.get("state").asText().equals("DONE") || job.get("state").asText().equals("FAILED")) {
        return job;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("job " + id + " did not finish");
  }

  @Test
  void ingest_apiUploadWithToken_jobRunsAndArticlesBecomeSearchable() throws Exception {
    String seeds = Files.readString(TestStores.SEEDS);
    String badLine = "{\"id\": \"broken\", \"title\": \"cut off";

    HttpResponse<String> response = running.send(multipart("/api/v1/ingest", new String[][] {{"seeds.jsonl", seeds + badLine + "\n"}},
        "source", "Upload wire").header("Authorization", "Bearer " + running.server.token().value()).build());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    JsonNode accepted = RunningServer.parse(response.body());
    assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/jobs/" + accepted.get("id").asText());
    assertThat(accepted.get("files").get(0).asText()).isEqualTo("seeds.jsonl");
    JsonNode done = awaitJob(accepted.get("id").asText());
    assertThat(done.get("state").asText()).isEqualTo("DONE");
    assertThat(done.get("report").get("ingested").asInt()).isEqualTo(2);
    assertThat(done.get("report").get("rejected").asInt()).isEqualTo(1);
    assertThat(done.get("rejections").get(0).asText()).startsWith("seeds.jsonl:3: malformed JSON").contains("E104").doesNotContain("uploads");
    assertThat(done.get("fraction").asDouble()).isEqualTo(1.0);
    JsonNode found = running.json("/api/v1/articles?q=Naryshkin");
    assertThat(found.get("total").asInt()).isEqualTo(1);
    assertThat(found.get("hits").get(0).get("source").asText()).isEqualTo("Upload wire");
    assertThat(dir.resolve("uploads").resolve("job-" + accepted.get("id").asText())).doesNotExist();
  }

  @Test
  void ingest_webFormWithTokenField_redirectsToTheJobPage() throws Exception {
    String article = "{\"id\": \"form-1\", \"title\": \"Lavrov meets Tillerson in Moscow\", \"published\": \"2017-04-12\","
        + " \"text\": \"Russian Foreign Minister Sergey Lavrov met U.S. Secretary of State Rex Tillerson in Moscow on Wednesday.\"}\n";

    HttpResponse<String> response = running.send(multipart("/ingest", new String[][] {{"../../etc/form.jsonl", article}},
        "token", running.server.token().value()).build());

    assertThat(response.statusCode()).isEqualTo(303);
    String location = response.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith("/jobs/");
    JsonNode done = awaitJob(location.substring("/jobs/".length()));
    assertThat(done.get("state").asText()).isEqualTo("DONE");
    assertThat(done.get("report").get("ingested").asInt()).isEqualTo(1);
    HttpResponse<String> page = running.get(location);
    assertThat(page.body()).contains("1 new, 0 updated");
    assertThat(page.body()).doesNotContain("hx-trigger=\"every 1s\"");
  }

  @Test
  void ingest_webFormWithoutToken_401Page() {
    HttpResponse<String> response = running.send(multipart("/ingest", new String[][] {{"a.jsonl", "{}\n"}}).build());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(response.body()).contains("E501");
  }

  @Test
  void ingest_apiWithTokenOnlyAsFormField_401() {
    HttpResponse<String> response = running.send(multipart("/api/v1/ingest", new String[][] {{"a.jsonl", "{}\n"}},
        "token", running.server.token().value()).build());

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void ingest_notMultipart_415() {
    HttpResponse<String> response = running.send(HttpRequest.newBuilder(running.uri("/api/v1/ingest"))
        .header("Authorization", "Bearer " + running.server.token().value()).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(RunningServer.parse(response.body()).get("code").asText()).isEqualTo("E503");
  }

  @Test
  void ingest_noFile_400() {
    HttpResponse<String> response = running.send(multipart("/api/v1/ingest", new String[0][], "source", "x")
        .header("Authorization", "Bearer " + running.server.token().value()).build());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(RunningServer.parse(response.body()).get("code").asText()).isEqualTo("E401");
  }
}
