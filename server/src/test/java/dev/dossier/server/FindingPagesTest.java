package dev.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages for quotes, sanctions, reuse, stories and quality over HTTP, on the seeds and a farm
 * copy of one analysed by the real pipeline.
 */
class FindingPagesTest {

  @TempDir static Path dir;
  static RunningServer running;

  @BeforeAll
  static void start() {
    TestStores.pipeline(dir);
    running = RunningServer.on(dir);
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  private static Document page(String path) {
    HttpResponse<String> response = running.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(response.body());
  }

  @Test
  void article_quotes_partsAndCuesMarkedInTheTextMentionsStillLinkedInside() {
    Document article = page("/articles/" + TestStores.COPIED_SEED);

    Element told = article.select(".article-text span.quote.direct").stream()
        .filter(quote -> quote.text().equals("I haven't seen a significant decrease in their activity")).findFirst().orElseThrow();
    assertThat(told.id()).startsWith("quote-");
    assertThat(article.select(".article-text span.cue").eachText()).contains("told", "said");
    assertThat(article.select(".article-text span.quote a.mention").eachText()).isNotEmpty();
    assertThat(article.select(".article-text a.mention.t-person[href=/entities/person%3Amike-pompeo]").eachText()).contains("Pompeo");
  }

  @Test
  void article_quotesSection_speakerLinkedCueAddresseeKind() {
    Document article = page("/articles/" + TestStores.COPIED_SEED);

    Element told = article.select("#quotes .quote-item").stream().filter(item -> item.text().contains("significant decrease")).findFirst().orElseThrow();
    assertThat(told.select(".who a.chip[href=/entities/person%3Amike-pompeo]").text()).isEqualTo("Mike Pompeo");
    assertThat(told.select(".cue").text()).isEqualTo("told");
    assertThat(told.select(".addressee").text()).isEqualTo("BBC");
    assertThat(told.select(".kind").text()).isEqualTo("direct");
    assertThat(article.select("#" + told.select("blockquote a").attr("href").substring(1))).hasSize(1);
    assertThat(article.select("#quotes .badge.anonymous, #quotes .speaker").size()).isPositive();
  }

  @Test
  void article_copy_reusedPassagesMarkedAndLinkedToTheSourceSpan() {
    Document copy = page("/articles/" + TestStores.FARM_COPY);

    assertThat(copy.select(".article-text span.reuse.copied").size()).isGreaterThan(10);
    assertThat(copy.select(".article-text span.reuse.shared-quote").size()).isPositive();
    assertThat(copy.select(".article-text span.spin").eachText()).contains("functionaries", "encounter");
    assertThat(copy.select(".article-text span.spin").eachAttr("title")).contains("spun: the source has \u201cofficials\u201d");
    Element ref = copy.selectFirst(".article-text a.reuse-ref");
    assertThat(ref.attr("href")).matches("/articles/" + TestStores.COPIED_SEED + "\\?span=\\d+-\\d+#passage");
    assertThat(ref.attr("aria-label")).contains("Russian spy chief met U.S. officials");
    assertThat(copy.select(".article-text span.reuse a.mention").size()).isPositive();
    assertThat(copy.select("#reuse-and-quality .quality").text()).contains("94% of its text").contains("Russian spy chief met U.S. officials")
        .contains("story:");
    assertThat(copy.select("#reuse-and-quality .reuse-list li.shared-quote .badge").text()).contains("shared quote");
    assertThat(copy.select("#reuse-and-quality .reuse-list .spins").text()).contains("functionaries \u2190 officials");
  }

  @Test
  void article_spanParameter_thePassageMarkedInTheSource() {
    Document copy = page("/articles/" + TestStores.FARM_COPY);
    String link = copy.selectFirst(".reuse-list li.copied .meta a").attr("href");

    Document source = page(link.substring(0, link.indexOf('#')));

    Element passage = source.getElementById("passage");
    assertThat(passage.tagName()).isEqualTo("mark");
    assertThat(passage.text()).isNotBlank();
    assertThat(running.get("/articles/" + TestStores.FARM_COPY + "?span=nonsense").statusCode()).isEqualTo(400);
    assertThat(page("/articles/" + TestStores.FARM_COPY + "?span=5-999999").getElementById("passage")).isNull();
  }

  @Test
  void article_original_reuseSectionSaysNothingCopiedWithItsQualitySignals() {
    Document seed = page("/articles/" + TestStores.COPIED_SEED);

    assertThat(seed.select(".article-text span.reuse")).isEmpty();
    assertThat(seed.select("#reuse-and-quality").text()).contains("No passage of it stands in an earlier stored article").contains("link-spam 3")
        .contains("incoherence");
    assertThat(seed.select(".article-side .toc a").eachText()).containsSubsequence("Entities", "Quotes", "Reuse and quality", "Dates", "Removed");
  }

  @Test
  void dossier_sanctionedEntity_sanctionsSectionWithEntryProgrammesScoreAndLinkedEvidence() {
    Document dossier = page("/entities/person%3Asergey-naryshkin");

    assertThat(dossier.select(".dossier section h2").eachText()).startsWith("Sanctions");
    Element sanctions = dossier.getElementById("sanctions");
    assertThat(sanctions.select("h3").text()).contains("NARYSHKIN, Sergey Yevgenyevich").contains("#");
    assertThat(sanctions.select(".badge.program").size()).isPositive();
    assertThat(sanctions.select(".evidence .score").eachText()).allMatch(score -> score.matches("0\\.\\d\\d|1\\.00"));
    Element first = sanctions.selectFirst(".evidence li");
    String evidence = first.selectFirst("blockquote").text();
    String link = first.selectFirst(".meta a").attr("href");
    assertThat(link).contains("?span=").endsWith("#passage");
    assertThat(page(link.substring(0, link.indexOf('#'))).getElementById("passage").text()).isEqualTo(evidence);
    assertThat(dossier.select("#said-about .quote-item").text()).contains("Naryshkin");
    assertThat(dossier.select("#known-as").text()).contains("Director of the SVR");
  }

  @Test
  void dossier_speaker_saidSectionLinksToItsQuotes() {
    Document dossier = page("/entities/person%3Amike-pompeo");

    assertThat(dossier.select("#said .quote-item").size()).isBetween(2, 10);
    assertThat(dossier.select("#said .quote-item .meta a").eachAttr("href")).allMatch(href -> href.contains("?span="));
    assertThat(dossier.select("#said > a").attr("href")).isEqualTo("/quotes?speaker=person%3Amike-pompeo");
    assertThat(dossier.getElementById("sanctions")).isNull();
  }

  @Test
  void quotesPage_filtersInTheUrl_quotesOfThatSpeaker() {
    Document quotes = page("/quotes?speaker=Pompeo&q=decrease");

    assertThat(quotes.select("#quotes-speaker").val()).isEqualTo("Pompeo");
    assertThat(quotes.select("#quotes-q").val()).isEqualTo("decrease");
    assertThat(quotes.select(".quote-item")).hasSize(2);
    assertThat(quotes.select(".quote-item .who a").eachAttr("href")).containsOnly("/entities/person%3Amike-pompeo");
    assertThat(page("/quotes?speaker=Pompeo&from=2018-02-04").select(".quote-item .meta a").eachAttr("href"))
        .allMatch(href -> href.startsWith("/articles/" + TestStores.FARM_COPY));
    assertThat(page("/quotes?speaker=intelligence%20official").select(".quote-item .speaker.anonymous").size()).isPositive();
    assertThat(running.get("/quotes?from=last-week").statusCode()).isEqualTo(400);
  }

  @Test
  void sanctionsPage_everyMatchWithItsEntryAndEvidence() {
    Document sanctions = page("/sanctions");

    assertThat(sanctions.select("table.sanctions tbody tr td:first-child a").eachText()).contains("Sergey Naryshkin", "Vladimir Putin", "Igor Korobov");
    assertThat(sanctions.select("table.sanctions tbody tr td:first-child a").eachAttr("href")).contains("/entities/person%3Asergey-naryshkin#sanctions");
    assertThat(sanctions.select("table.sanctions .evidence-cell a").eachAttr("href")).allMatch(href -> href.startsWith("/articles/"));
  }

  @Test
  void storiesPages_listAndStory_membersInTimeOrderFirstPublisherAndCopies() {
    Document stories = page("/stories");
    String storyLink = stories.selectFirst("table.stories tbody tr td a").attr("href");

    Document story = page(storyLink);

    assertThat(stories.select("header.top nav a[aria-current=page]").text()).isEqualTo("Stories");
    assertThat(story.select(".story-members .member-title").eachAttr("href"))
        .containsExactly("/articles/" + TestStores.COPIED_SEED, "/articles/" + TestStores.FARM_COPY);
    assertThat(story.select(".story-members .member.first .badge").text()).isEqualTo("first publisher");
    assertThat(story.select(".story-members .copies").text()).contains("copies 94%");
    assertThat(story.select("table.copies tbody tr")).hasSize(1);
    assertThat(page("/stories?from=2019-01-01").select("table.stories tbody tr td a").eachAttr("href")).doesNotContain(storyLink);
    assertThat(running.get("/stories/story%3A999").statusCode()).isEqualTo(404);
  }
}
