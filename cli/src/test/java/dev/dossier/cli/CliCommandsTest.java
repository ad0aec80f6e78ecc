package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command against one store holding the two seed articles. */
class CliCommandsTest {

  private static final String SPY_ARTICLE = "000_a30fadd007fcd40e";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path data;

  @BeforeAll
  static void ingestSeeds() {
    Cli.Result result = Cli.run("ingest", "--data", data.toString(), Cli.demo("seeds.jsonl").toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("2 new, 0 updated, 0 unchanged, 0 rejected");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ingest", "analyze", "search", "show", "entities", "entity", "quotes", "stats", "stories", "story", "serve", "demo", "eval", "bench"})
  void help_everyCommand_printsUsageAndExitsZero(String command) {
    Cli.Result result = Cli.run(command, "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Usage: dossier " + command).contains("--help");
  }

  @Test
  void serve_portOutOfRange_failsNamingIt() {
    Cli.Result result = Cli.run("serve", "--data", data.toString(), "--port", "70000");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("port must be 0-65535, was 70000").contains("E401");
  }

  @Test
  void ingest_sameInputAgain_changesNothing() {
    Cli.Result result = Cli.run("ingest", "--data", data.toString(), Cli.demo("seeds.jsonl").toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("0 new, 0 updated, 2 unchanged, 0 rejected");
  }

  @Test
  void search_phrase_findsTheArticleWithHighlightedSnippet() {
    Cli.Result result = Cli.run("search", "--data", data.toString(), "\"nerve agent\"");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("1 matching article").contains(SPY_ARTICLE).contains("[nerve agent]");
  }

  @Test
  void search_entityFilterByAlias_findsArticlesMentioningIt() {
    Cli.Result result = Cli.run("search", "--data", data.toString(), "--entity", "Pompeo", "--format", "json", "");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("004_b12aa63abad0d3a9").doesNotContain("\"id\" : \"" + SPY_ARTICLE + "\"");
  }

  @Test
  void search_dateRange_excludesArticlesOutsideIt() {
    Cli.Result result = Cli.run("search", "--data", data.toString(), "--from", "2019-01-01", "intelligence");

    assertThat(result.out()).contains("1 matching article").contains(SPY_ARTICLE);
  }

  @Test
  void show_article_marksEntitiesAndListsRemovals() {
    Cli.Result result = Cli.run("show", "--data", data.toString(), SPY_ARTICLE);

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("[Sergei Skripal/PER]")
        .contains("[CNN/ORG]")
        .contains("Removed (3)")
        .contains("link-spam: More news:");
  }

  @Test
  void show_jsonFormat_followsTheAnalyzeContract() throws IOException {
    Cli.Result result = Cli.run("show", "--data", data.toString(), "--format", "json", SPY_ARTICLE);

    JsonNode doc = JSON.readTree(result.out());
    assertThat(doc.get("id").asText()).isEqualTo(SPY_ARTICLE);
    assertThat(doc.get("published").asText()).isEqualTo("2019-09-10");
    assertThat(doc.get("entities")).isNotEmpty();
    assertThat(doc.get("dates")).isNotEmpty();
    assertThat(doc.get("removed")).hasSize(3);
  }

  @Test
  void show_article_printsStoryReuseAndQuality() throws IOException {
    Cli.Result human = Cli.run("show", "--data", data.toString(), SPY_ARTICLE);
    Cli.Result json = Cli.run("show", "--data", data.toString(), "--format", "json", SPY_ARTICLE);

    assertThat(human.out()).contains("Reuse (0)").contains("Quality").contains("story story:").contains("removed link-spam 3");
    JsonNode doc = JSON.readTree(json.out());
    assertThat(doc.get("story").asText()).startsWith("story:");
    assertThat(doc.get("reuse")).isEmpty();
    assertThat(doc.get("quality").get("removed").get("link-spam").asInt()).isEqualTo(3);
    assertThat(doc.get("quality").get("reuse_ratio").asDouble()).isZero();
    assertThat(doc.get("quality").has("sentence_order_incoherence")).isTrue();
  }

  @Test
  void stories_seeds_listsTwoStoriesAndShowsOne() throws IOException {
    Cli.Result list = Cli.run("stories", "--data", data.toString(), "--format", "json");

    assertThat(list.exitCode()).as(list.err()).isZero();
    JsonNode stories = JSON.readTree(list.out());
    assertThat(stories).hasSize(2);
    String id = stories.get(0).get("id").asText();
    Cli.Result story = Cli.run("story", "--data", data.toString(), id);
    assertThat(story.exitCode()).as(story.err()).isZero();
    assertThat(story.out()).contains(id).contains("first publisher");
    assertThat(Cli.run("stories", "--data", data.toString(), "--from", "2019-01-01").out()).contains("US extracted spy").doesNotContain("Russian spy chief");
  }

  @Test
  void story_unknownId_failsNamingIt() {
    Cli.Result missing = Cli.run("story", "--data", data.toString(), "story:999");
    Cli.Result malformed = Cli.run("story", "--data", data.toString(), "tale-3");

    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).contains("story:999").contains("E402");
    assertThat(malformed.exitCode()).isEqualTo(1);
    assertThat(malformed.err()).contains("tale-3").contains("E401");
  }

  @Test
  void show_unknownId_failsNamingIt() {
    Cli.Result result = Cli.run("show", "--data", data.toString(), "no-such-article");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("no article with id 'no-such-article'").contains("[E402]");
  }

  @Test
  void entity_surname_profilesTheFullName() {
    Cli.Result result = Cli.run("entity", "--data", data.toString(), "Trump");

    assertThat(result.exitCode()).as(result.err()).isZero();
    // The second seed says only "Trump": resolution joins it to the first seed's Donald Trump.
    assertThat(result.out()).contains("Donald Trump  PERSON  person:donald-trump  Q22686").contains("also:        Trump").contains("articles:    2")
        .contains("first seen:  2018-02-02").contains("per month:   2018-02 2, 2019-09 8");
  }

  @Test
  void sanctions_seeds_listsNaryshkinAndKorobovWithEvidence() {
    Cli.Result result = Cli.run("sanctions", "--data", data.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("Sergey Naryshkin").contains("OFAC SDN 2024-05-03 #16691 NARYSHKIN, Sergey Yevgenyevich")
        .contains("Igor Korobov").contains("\"The sanctions on Korobov were imposed").doesNotContain("ANTONOV");
  }

  @Test
  void export_graphml_writesTheCoMentionGraph() {
    Cli.Result result = Cli.run("export", "--data", data.toString(), "--format", "graphml");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).startsWith("<?xml").contains("<node id=\"person:igor-korobov\">").contains("</graphml>");
  }

  @Test
  void export_unknownFormat_failsNamingIt() {
    Cli.Result result = Cli.run("export", "--data", data.toString(), "--format", "pdf");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("unknown export format 'pdf'").contains("[E401]");
  }

  @Test
  void entity_unknownName_failsWithHint() {
    Cli.Result result = Cli.run("entity", "--data", data.toString(), "Ruritania");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("no entity named 'Ruritania'");
  }

  @Test
  void entities_typeFilter_listsOnlyThatType() throws IOException {
    Cli.Result result = Cli.run("entities", "--data", data.toString(), "--type", "location", "--format", "json");

    JsonNode entities = JSON.readTree(result.out());
    assertThat(entities).isNotEmpty();
    for (JsonNode entity : entities) {
      assertThat(entity.get("type").asText()).isEqualTo("LOCATION");
    }
    assertThat(entities.findValuesAsText("name")).contains("United States", "Russia");
  }

  @Test
  void entities_unknownType_failsNamingAcceptedTypes() {
    Cli.Result result = Cli.run("entities", "--data", data.toString(), "--type", "CITY");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("unknown entity type 'CITY'").contains("PERSON, ORGANIZATION, LOCATION or MISC");
  }

  @Test
  void stats_seeds_countsArticlesAndRemovals() throws IOException {
    Cli.Result result = Cli.run("stats", "--data", data.toString(), "--format", "json");

    JsonNode stats = JSON.readTree(result.out());
    assertThat(stats.get("articles").asLong()).isEqualTo(2);
    assertThat(stats.get("indexedArticles").asLong()).isEqualTo(2);
    assertThat(stats.get("removalsByReason").get("link-spam").asLong()).isEqualTo(6);
  }

  @Test
  void search_badDate_isAUsageError() {
    Cli.Result result = Cli.run("search", "--data", data.toString(), "--from", "last tuesday", "spy");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("'last tuesday' is not a date");
  }

  @Test
  void analyze_badInputsAmongGood_reportsEachAndGoesOn(@TempDir Path dir) throws IOException {
    Path jsonl = dir.resolve("feed.jsonl");
    Files.writeString(jsonl,
        "{\"id\":\"ok\",\"title\":\"Pompeo warns\",\"published\":\"2018-02-02\",\"text\":\"Pompeo warned in an interview with the BBC that Russia was still a threat.\"}\n"
            + "{\"id\":\"broken\",\"title\":\"x\",\n"
            + "{\"id\":\"baddate\",\"published\":\"last Tuesday\",\"text\":\"Antonov did not identify the officials.\"}\n",
        StandardCharsets.UTF_8);
    Path missing = dir.resolve("missing.txt");

    Cli.Result result = Cli.run("analyze", "--format", "jsonl", jsonl.toString(), missing.toString());

    assertThat(result.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    assertThat(result.out().lines()).hasSize(1).allSatisfy(line -> assertThat(line).startsWith("{\"id\":\"ok\""));
    assertThat(result.err().lines().filter(l -> l.startsWith("rejected: ")))
        .hasSize(3)
        .anySatisfy(l -> assertThat(l).contains("feed.jsonl:2").contains("E104"))
        .anySatisfy(l -> assertThat(l).contains("feed.jsonl:3").contains("last Tuesday").contains("E108"))
        .anySatisfy(l -> assertThat(l).contains("missing.txt").contains("E110"));
  }

  @Test
  void ingest_secondProcessOnSameData_isTurnedAwayNamingTheFolder() {
    // The store lock is per process; within one process a second open is refused the same way.
    try (var engine = dev.dossier.engine.Engine.open(data)) {
      Cli.Result result = Cli.run("stats", "--data", data.toString());
      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err()).contains(data.toString()).contains("[E302]");
    }
  }

  private static final String POMPEO_ARTICLE = "004_b12aa63abad0d3a9";

  @Test
  void quotes_speakerFilter_listsOnlyWhatThatSpeakerSaid() {
    Cli.Result result = Cli.run("quotes", "--data", data.toString(), "--speaker", "Pompeo");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("Mike Pompeo told → BBC")
        .contains("“I haven't seen a significant decrease in their activity”")
        .contains("direct · 2018-02-02")
        .doesNotContain(SPY_ARTICLE)
        .doesNotContain("CNN reported");
  }

  @Test
  void quotes_anonymousSpeakerByDescriptionWords_found() {
    Cli.Result result = Cli.run("quotes", "--data", data.toString(), "--speaker", "intelligence official");

    assertThat(result.out()).contains("A former senior intelligence official told → CNN").contains(SPY_ARTICLE);
  }

  @Test
  void quotes_containsWordsInAnotherForm_findsTheQuote() {
    Cli.Result result = Cli.run("quotes", "--data", data.toString(), "--contains", "decreasing activities");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).startsWith("1 quote").contains("I haven't seen a significant decrease in their activity");
  }

  @Test
  void quotes_dateRange_onlyQuotesOfArticlesPublishedThen() {
    Cli.Result result = Cli.run("quotes", "--data", data.toString(), "--from", "2019-01-01", "--to", "2019-12-31");

    assertThat(result.out()).contains(SPY_ARTICLE).doesNotContain(POMPEO_ARTICLE);
  }

  @Test
  void quotes_jsonFormat_eachQuoteWithTheContractFields() throws IOException {
    Cli.Result result = Cli.run("quotes", "--data", data.toString(), "--speaker", "Pompeo", "--format", "json");

    JsonNode quotes = JSON.readTree(result.out());
    assertThat(quotes.isArray()).isTrue();
    assertThat(quotes.size()).isGreaterThan(3);
    for (JsonNode quote : quotes) {
      assertThat(quote.get("article").asText()).isEqualTo(POMPEO_ARTICLE);
      assertThat(quote.get("kind").asText()).isIn("direct", "partial", "reported");
      assertThat(quote.get("speaker").get("entity").asText()).isEqualTo("person:mike-pompeo");
      assertThat(quote.get("end").asInt()).isGreaterThan(quote.get("start").asInt());
      assertThat(quote.has("cue")).isTrue();
      assertThat(quote.has("addressee")).isTrue();
    }
  }

  @Test
  void quotes_jsonlFormatAndLimit_oneQuotePerLine() throws IOException {
    Cli.Result result = Cli.run("quotes", "--data", data.toString(), "--format", "jsonl", "--limit", "3");

    assertThat(result.out().lines().toList()).hasSize(3);
    for (String line : result.out().lines().toList()) {
      assertThat(JSON.readTree(line).get("text").asText()).isNotBlank();
    }
  }

  @Test
  void quotes_unknownSpeaker_noQuotesAndExitZero() {
    Cli.Result result = Cli.run("quotes", "--data", data.toString(), "--speaker", "Angela Merkel");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("0 quotes");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--limit=0", "--from=2019-13-01", "--format=xml"})
  void quotes_badOption_usageErrorNamingIt(String option) {
    Cli.Result result = Cli.run("quotes", "--data", data.toString(), option);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains(option.substring(0, option.indexOf('=')));
  }

  @Test
  void entity_speaker_listsWhatItSaid() {
    Cli.Result result = Cli.run("entity", "--data", data.toString(), "Pompeo");

    assertThat(result.exitCode()).as(result.err()).isZero();
    String said = result.out().substring(result.out().indexOf("said:"));
    assertThat(said).contains("Mike Pompeo told → BBC").contains("I haven't seen a significant decrease in their activity");
  }

  @Test
  void entity_mentionedInOthersQuotes_listsWhatWasSaidAboutIt() {
    Cli.Result result = Cli.run("entity", "--data", data.toString(), "Chuck Schumer");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("said about it:");
    String about = result.out().substring(result.out().indexOf("said about it:"));
    assertThat(about).contains("Mike Pompeo").contains("letter to Senate Minority Leader Chuck Schumer");
  }

  @Test
  void search_speakerFilter_findsTheArticleQuotingThem() {
    Cli.Result result = Cli.run("search", "--data", data.toString(), "--speaker", "Pompeo", "");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("1 matching article").contains(POMPEO_ARTICLE).containsPattern("Quoted: .*Mike Pompeo 1");
  }

  @Test
  void search_quoteField_matchesWordsInsideQuotesOnly() {
    Cli.Result inQuotes = Cli.run("search", "--data", data.toString(), "quote:untoward");
    Cli.Result notQuoted = Cli.run("search", "--data", data.toString(), "quote:Skripal");

    assertThat(inQuotes.out()).contains("1 matching article").contains(POMPEO_ARTICLE);
    assertThat(notQuoted.out()).contains("0 matching articles");
  }
}
