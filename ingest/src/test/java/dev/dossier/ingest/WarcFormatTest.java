package dev.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcFormatTest extends FormatTestBase {

  @Override
  protected List<String> inputs() {
    return List.of(sample("warc/crawl.warc"));
  }

  @Override
  protected int expectedArticles() {
    return 2;
  }

  @Test
  void open_crawl_onlyHtmlResponsesWithStatus200BecomeArticles() {
    assertThat(readArticles()).extracting(Article::url).containsExactly(WarcFixtures.SPY_URI, WarcFixtures.POMPEO_URI);
  }

  @Test
  void open_crawl_originNamesFileOffsetAndUri() {
    assertThat(readArticles().get(0).origin()).matches(Pattern.quote(sample("warc/crawl.warc")) + "#\\d+ <" + Pattern.quote(WarcFixtures.SPY_URI) + ">");
  }

  @Test
  void open_canonicalLinkElsewhere_urlIsTheTargetUri(@TempDir Path temp) throws IOException {
    String page = "<html><head><link rel='canonical' href='https://mirror.example/story'><meta property='og:site_name' content='Mirror'></head>"
        + "<body><article><p>Antonov did not identify the US intelligence officials with whom he met, the embassy said.</p>"
        + "<p>Government agencies at times need to secure waivers to get certain individuals into the country.</p></article></body></html>";
    Path warc = temp.resolve("one.warc");
    Files.write(warc, WarcFixtures.warc(List.of(WarcFixtures.page("https://origin.example/story", 1, "text/html", page.getBytes(StandardCharsets.UTF_8))), false));

    Article article = articles(readAll(Inputs.open(List.of(warc.toString()), IngestOptions.NONE))).get(0);

    assertThat(article.url()).isEqualTo("https://origin.example/story");
    assertThat(article.source()).isEqualTo("Mirror");
  }

  @Test
  void open_pageWithMetadata_pageDateAndSiteNameWin() {
    Article spy = readArticles().get(0);

    assertThat(spy.published()).isEqualTo(LocalDate.of(2019, 9, 10));
    assertThat(spy.source()).isEqualTo("The Daily Ledger");
  }

  @Test
  void open_pageWithoutMetadata_warcDateAndHostFillIn() {
    Article pompeo = readArticles().get(1);

    assertThat(pompeo.published()).isEqualTo(LocalDate.of(2019, 9, 12));
    assertThat(pompeo.source()).isEqualTo("capitolwire.example");
    assertThat(pompeo.title()).isEqualTo("Russian spy chief met U.S. officials in United States last week");
  }

  @Test
  void open_windows1252DeclaredInMeta_decodedInIt() {
    assertThat(readArticles().get(1).text()).contains("did - \"to keep Americans safe\".").doesNotContain("\ufffd");
  }

  @Test
  void open_blogPageWithoutArticleMarkup_sidebarAndFooterLeftOut() {
    Article pompeo = readArticles().get(1);

    assertThat(pompeo.text()).doesNotContain("Recent Posts", "Markets close mixed", "All rights reserved", "More news");
    assertThat(pompeo.text()).endsWith("Russian Federation was still a threat to American elections.");
  }
}
