package dev.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Article;
import dev.dossier.core.Removal;
import dev.dossier.ingest.clean.Reasons;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlFormatTest extends FormatTestBase {

  @TempDir Path temp;

  @Override
  protected List<String> inputs() {
    return List.of(sample("jsonl/wire.jsonl"));
  }

  @Override
  protected int expectedArticles() {
    return 6;
  }

  @Test
  void open_wireSample_idsAreKeptAndOriginsNameTheLine() {
    List<Article> articles = readArticles();

    assertThat(articles).extracting(Article::origin).containsExactly(
        sample("jsonl/wire.jsonl") + ":1", sample("jsonl/wire.jsonl") + ":2", sample("jsonl/wire.jsonl") + ":4",
        sample("jsonl/wire.jsonl") + ":5", sample("jsonl/wire.jsonl") + ":6", sample("jsonl/wire.jsonl") + ":8");
    assertThat(articles.get(0).id()).isEqualTo("ledger-2019-0910");
    assertThat(articles.get(1).id()).as("numeric newid").isEqualTo("17");
    assertThat(articles.get(2).id()).as("doc_id").isEqualTo("wire-77");
    assertThat(articles.get(3).id()).as("no id: content hash").matches("[0-9a-f]{16}");
  }

  @Test
  void open_wireSample_datesInEveryAcceptedForm() {
    assertThat(readArticles()).extracting(Article::published).containsExactly(
        LocalDate.of(2019, 9, 10), // ISO date
        LocalDate.of(1987, 2, 26), // Reuters-21578
        LocalDate.of(2017, 8, 3), // date-time at -04:00, late evening: the date in its own offset
        LocalDate.of(2018, 2, 2), // RFC 1123
        LocalDate.of(2016, 9, 19), // epoch milliseconds
        LocalDate.of(1987, 3, 2)); // Reuters-21578 with a double space and stray codes after it
  }

  @Test
  void open_aliases_headlineAndBodyAndContentRead() {
    List<Article> articles = readArticles();

    assertThat(articles.get(1).title()).isEqualTo("COFFEE GROWERS SEE SMALLER CROP");
    assertThat(articles.get(1).text()).contains("Coffee growers in the southern producing regions").doesNotContain("Reuter");
    assertThat(articles.get(1).removed()).extracting(Removal::text).containsExactly("Reuter");
    assertThat(articles.get(2).text()).contains("Antonov did not identify the US intelligence officials");
  }

  @Test
  void open_htmlField_goesThroughMainContentExtractor() {
    Article article = readArticles().get(3);

    assertThat(article.title()).isEqualTo("Pompeo warns of threat");
    assertThat(article.url()).isEqualTo("https://capitolwire.example/2018/02/02/pompeo-bbc/");
    assertThat(article.source()).isEqualTo("capitolwire.example");
    assertThat(article.text()).startsWith("Pompeo warns of threat\n\nJust this week, Pompeo warned").doesNotContain("Home", "Tweet");
    assertThat(article.removed()).extracting(Removal::reason).containsExactly(Reasons.SHARE_PROMPT);
  }

  @Test
  void open_fieldsGiven_optionsNeverOverrideThem() {
    IngestOptions options = new IngestOptions(LocalDate.of(2000, 1, 1), "Default Source");

    List<Article> articles = articles(readAll(Inputs.open(inputs(), options)));

    assertThat(articles.get(0).source()).isEqualTo("The Daily Ledger");
    assertThat(articles.get(0).published()).isEqualTo(LocalDate.of(2019, 9, 10));
    assertThat(articles.get(1).source()).isEqualTo("Default Source");
  }

  @Test
  void open_largeFile_readsLazilyLineByLine() throws IOException {
    Path big = temp.resolve("big.jsonl");
    String body = "Officials met in Washington to discuss aviation security and foreign fighters. ".repeat(12);
    try (Writer writer = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 20_000; i++) {
        writer.write("{\"id\": \"" + i + "\", \"title\": \"Meeting " + i + "\", \"text\": \"" + body + i + "\"}\n");
      }
    }

    try (ArticleStream stream = Inputs.open(List.of(big.toString()), IngestOptions.NONE)) {
      assertThat(stream.bytesTotal()).isGreaterThan(20_000_000L);
      assertThat(stream.next()).isInstanceOf(ReadResult.Read.class);
      assertThat(stream.bytesRead()).as("after the first line").isLessThan(stream.bytesTotal() / 100);
      int count = 1;
      while (stream.hasNext()) {
        stream.next();
        count++;
      }
      assertThat(count).isEqualTo(20_000);
      assertThat(stream.bytesRead()).isEqualTo(stream.bytesTotal());
    }
  }

  @Test
  void open_gzippedJsonl_readsLikePlain() throws IOException {
    Path gz = temp.resolve("wire.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Files.readAllBytes(Path.of(sample("jsonl/wire.jsonl"))));
    }

    List<Article> articles = articles(readAll(Inputs.open(List.of(gz.toString()), IngestOptions.NONE)));

    assertThat(articles).extracting(Article::contentHash).containsExactlyElementsOf(readArticles().stream().map(Article::contentHash).toList());
  }

  @Test
  void open_ndjsonExtension_readAsJsonl() throws IOException {
    Path ndjson = temp.resolve("one.ndjson");
    Files.writeString(ndjson, "{\"title\": \"Antonov confirms visit\", \"text\": \"Antonov confirmed that Naryshkin was in Washington.\"}\n");

    assertThat(articles(readAll(Inputs.open(List.of(ndjson.toString()), IngestOptions.NONE)))).singleElement()
        .satisfies(article -> assertThat(article.origin()).endsWith("one.ndjson:1"));
  }
}
