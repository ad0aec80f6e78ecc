package dev.dossier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.core.Doc;
import dev.dossier.core.Layers;
import dev.dossier.core.Quote;
import dev.dossier.core.QuoteKind;
import dev.dossier.core.Rejection;
import dev.dossier.ingest.IngestOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a reported content begins and ends and whose it is, on whole Reuters-21578 articles as
 * ingest cleans them: a long prepositional phrase between speaker and cue, a noun phrase after the
 * cue that ends where the next one opens, an object that ends before "by" and a gerund, a quote
 * continued in a paragraph of its own, a content that runs on to its quotation's
 * close, and a headline that is no part of the content after it. Reuters-21578 is for research
 * use only, so its text is read where it lies and never copied here; the test skips when
 * {@code ../shared} is absent. The articles are read as they lie, hard-wrapped at about 70
 * characters: ingest's cleaning joins the lines of each paragraph.
 */
class ReutersQuoteShapesTest {

  /** The Reuters {@code newid}s of the articles read, each checked below by what it shows. */
  private static final Set<String> ARTICLES = Set.of("1", "1370", "1472", "4035", "8095", "9523", "16048");

  private static Map<String, Doc> docs;

  @BeforeAll
  static void analyse(@TempDir Path dir) throws IOException {
    Optional<Path> corpus = SharedReuters.file();
    Assumptions.assumeTrue(corpus.isPresent(), SharedReuters.SKIPPED);
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(corpus.get(), StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        JsonNode node = json.readTree(line);
        if (ARTICLES.contains(node.path("newid").asText())) {
          lines.add(line);
        }
      }
    }
    Path input = Files.write(dir.resolve("reuters.jsonl"), lines, StandardCharsets.UTF_8);
    Map<String, Doc> byId = new HashMap<>();
    Engine.analyze(List.of(input.toString()), IngestOptions.NONE, Analyzer.standard(), new Analyzer.Sink() {
      @Override
      public void accept(Doc doc) {
        byId.put(doc.article().id(), doc);
      }

      @Override
      public void reject(Rejection rejection) {}
    });
    docs = byId;
  }

  private static List<Quote> quotes(String newid) {
    assertThat(docs).as("analysed Reuters articles").containsKey(newid);
    return docs.get(newid).get(Layers.QUOTES);
  }

  /** The reported quote of this cue whose speaker phrase reads so (the speaker's name may be the entity's fuller one). */
  private static Quote reported(String newid, String cue, String speaker) {
    String text = docs.get(newid) == null ? "" : docs.get(newid).text();
    return quotes(newid).stream()
        .filter(q -> q.kind() == QuoteKind.REPORTED && cue.equals(q.cueText()) && q.speaker() != null && q.speaker().span() != null
            && speaker.equals(q.speaker().span().of(text)))
        .findFirst().orElseThrow(() -> new AssertionError("no reported quote of \"" + cue + "\" by " + speaker + " in Reuters " + newid + ": " + quotes(newid)));
  }

  @Test
  void process_longPrepositionalPhraseBetweenSpeakerAndCue_speakerBeforeIt() {
    Quote said = reported("1370", "said", "Liedtke");
    assertThat(said.text()).startsWith("Texaco's management");
  }

  @Test
  void process_nounPhraseAfterTheCue_contentStartsAtTheNextArticle() {
    assertThat(reported("1472", "said", "Lusinchi").text()).startsWith("the government will");
    Quote told = quotes("4035").stream().filter(q -> "told".equals(q.cueText())).findFirst().orElseThrow();
    assertThat(told.addressee()).isEqualTo("House of Lords");
    assertThat(told.text()).startsWith("the tax would");
  }

  @Test
  void process_objectThenByAndAGerund_objectEndsBeforeTheManner() {
    Quote criticized = quotes("16048").stream().filter(q -> "criticized".equals(q.cueText())).findFirst().orElseThrow();
    assertThat(criticized.text()).isEqualTo("the House-passed budget");
    Quote saying = quotes("16048").stream().filter(q -> "saying".equals(q.cueText())).findFirst().orElseThrow();
    assertThat(saying.text()).startsWith("the Democratic budget plan");
  }

  @Test
  void process_quotedParagraphAfterAnAttributedQuote_oneQuoteOverBothParagraphs() {
    Quote quote = quotes("9523").stream()
        .filter(q -> q.kind() == QuoteKind.DIRECT && q.text().startsWith("There needs to be"))
        .findFirst().orElseThrow();
    assertThat(quote.parts()).hasSize(2);
    assertThat(quote.text()).endsWith("independent from that.");
    assertThat(quote.speaker().name()).isEqualTo("Richard Lyng");
  }

  @Test
  void process_reportedSpeechOpeningAQuoteThatRunsOnPastTheSentence_contentEndsAtTheClose() {
    Quote said = reported("8095", "said", "one official");
    assertThat(said.text()).startsWith("the king would be told").endsWith("haven't.\"");
  }

  @Test
  void process_headlineWithoutFullStopBeforeTheContent_contentStartsInItsOwnParagraph() {
    Quote said = reported("1", "said", "Comissaria Smith");
    assertThat(said.text()).startsWith("Showers continued");
  }
}
