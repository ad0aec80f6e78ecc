package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code dossier events}, {@code dossier timeline} and the events of {@code dossier entity}, on a store of the two seed articles. */
class CliEventsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path data;

  @BeforeAll
  static void ingestSeeds() {
    Cli.Result result = Cli.run("ingest", "--data", data.toString(), Cli.demo("seeds.jsonl").toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"events", "timeline"})
  void help_eventCommands_printUsage(String command) {
    Cli.Result result = Cli.run(command, "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Usage: dossier " + command).contains("--entity").contains("--from");
  }

  @Test
  void events_typeReject_listsTheRejectionsOfCnnsReportWithEvidence() throws IOException {
    Cli.Result human = Cli.run("events", "--data", data.toString(), "--type", "REJECT");
    Cli.Result json = Cli.run("events", "--data", data.toString(), "--type", "reject", "--format", "json");

    assertThat(human.exitCode()).as(human.err()).isZero();
    assertThat(human.out()).contains("REJECT (120)").contains("→ CNN's narrative").contains("CNN's narrative was false").contains("1 mention in 1 article");
    JsonNode events = JSON.readTree(json.out());
    assertThat(events).isNotEmpty();
    for (JsonNode event : events) {
      assertThat(event.get("type").asText()).isEqualTo("REJECT");
      assertThat(event.get("mentions").asInt()).isPositive();
      assertThat(event.get("evidence").get("sentence").asText()).isNotBlank();
    }
    assertThat(events.findValuesAsText("entity")).contains("organization:cnn");
  }

  @Test
  void events_entityAndDates_onlyThatActorInThatWindow() throws IOException {
    Cli.Result all = Cli.run("events", "--data", data.toString(), "--entity", "Pompeo", "--format", "json", "--limit", "500");
    Cli.Result january = Cli.run("events", "--data", data.toString(), "--entity", "Pompeo", "--from", "2018-01-01", "--to", "2018-01-31", "--format", "json");

    JsonNode every = JSON.readTree(all.out());
    JsonNode inJanuary = JSON.readTree(january.out());
    assertThat(every).isNotEmpty();
    for (JsonNode event : every) {
      assertThat(event.findValuesAsText("entity")).contains("person:mike-pompeo");
    }
    assertThat(inJanuary.size()).isPositive().isLessThan(every.size());
    for (JsonNode event : inJanuary) {
      assertThat(event.get("day").asText()).startsWith("2018-01");
    }
  }

  @Test
  void timeline_entity_eventsInDateOrderWithMentionCounts() throws IOException {
    Cli.Result human = Cli.run("timeline", "--data", data.toString(), "--entity", "Russia");
    Cli.Result json = Cli.run("timeline", "--data", data.toString(), "--entity", "Russia", "--format", "json");

    assertThat(human.exitCode()).as(human.err()).isZero();
    assertThat(human.out()).contains("of Russia").contains("mention");
    JsonNode events = JSON.readTree(json.out());
    assertThat(events.size()).isGreaterThan(1);
    String previous = "";
    for (JsonNode event : events) {
      String day = event.get("day").asText();
      assertThat(day).isGreaterThanOrEqualTo(previous);
      previous = day;
      assertThat(event.get("mentionList")).hasSize(Math.min(3, event.get("mentions").asInt()));
    }
  }

  @Test
  void events_unknownType_failsNamingIt() {
    Cli.Result result = Cli.run("events", "--data", data.toString(), "--type", "GOSSIP");

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.err()).contains("unknown event type 'GOSSIP'");
  }

  @Test
  void entity_profile_listsItsEvents() {
    Cli.Result result = Cli.run("entity", "--data", data.toString(), "Pompeo");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("  events:").contains("Mike Pompeo →");
  }
}
