package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seeds' full {@code analyze --format jsonl} output against a reviewed golden file. When a
 * change alters it on purpose, rerun with {@code -Ddossier.golden.update=true} and review the diff.
 */
class GoldenSeedsTest {

  private static final Path GOLDEN = Cli.REPOSITORY.resolve("cli/src/test/resources/golden/seeds.analyze.jsonl");

  @Test
  void analyze_seeds_matchesGoldenOutput() throws IOException {
    Cli.Result result = Cli.run("analyze", "--format", "jsonl", Cli.demo("seeds.jsonl").toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    if (Boolean.getBoolean("dossier.golden.update")) {
      Files.writeString(GOLDEN, result.out(), StandardCharsets.UTF_8);
    }
    List<String> expected = Files.readAllLines(GOLDEN, StandardCharsets.UTF_8);
    List<String> actual = result.out().lines().toList();
    assertThat(actual).hasSameSizeAs(expected);
    ObjectMapper mapper = new ObjectMapper();
    for (int i = 0; i < expected.size(); i++) {
      JsonNode want = mapper.readTree(expected.get(i));
      JsonNode got = mapper.readTree(actual.get(i));
      for (String field : List.of("id", "title", "published", "source", "url", "text", "removed", "entities", "dates", "quotes", "reuse", "story", "quality")) {
        assertThat(got.get(field)).as("article %d field %s", i, field).isEqualTo(want.get(field));
      }
    }
  }

  @Test
  void analyze_seeds_everyOffsetPointsAtItsText() throws IOException {
    Cli.Result result = Cli.run("analyze", "--format", "jsonl", Cli.demo("seeds.jsonl").toString());

    ObjectMapper mapper = new ObjectMapper();
    for (String line : result.out().lines().toList()) {
      JsonNode doc = mapper.readTree(line);
      String text = doc.get("text").asText();
      for (JsonNode entity : doc.get("entities")) {
        for (JsonNode mention : entity.get("mentions")) {
          assertThat(text.substring(mention.get("start").asInt(), mention.get("end").asInt())).isEqualTo(mention.get("text").asText());
        }
      }
      for (JsonNode date : doc.get("dates")) {
        assertThat(text.substring(date.get("start").asInt(), date.get("end").asInt())).isEqualTo(date.get("text").asText());
      }
      for (JsonNode removal : doc.get("removed")) {
        assertThat(removal.get("reason").asText()).isNotBlank();
      }
      for (JsonNode quote : doc.get("quotes")) {
        StringBuilder parts = new StringBuilder();
        for (JsonNode part : quote.get("parts")) {
          parts.append(parts.isEmpty() ? "" : " ").append(text, part.get("start").asInt(), part.get("end").asInt());
        }
        assertThat(parts.toString()).isEqualTo(quote.get("text").asText());
        JsonNode speaker = quote.get("speaker");
        if (speaker != null && !speaker.isNull() && speaker.hasNonNull("start")) {
          assertThat(text.substring(speaker.get("start").asInt(), speaker.get("end").asInt())).isEqualTo(speaker.get("text").asText());
        }
        if (quote.hasNonNull("cueStart")) {
          assertThat(text.substring(quote.get("cueStart").asInt(), quote.get("cueEnd").asInt())).isEqualTo(quote.get("cue").asText());
        }
      }
    }
  }
}
