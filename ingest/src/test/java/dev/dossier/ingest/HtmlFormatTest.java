package dev.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Article;
import dev.dossier.core.Removal;
import dev.dossier.ingest.clean.Reasons;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlFormatTest extends FormatTestBase {

  @Override
  protected List<String> inputs() {
    return List.of(sample("html/spy_extraction.html"));
  }

  @Override
  protected int expectedArticles() {
    return 1;
  }

  private Article page() {
    return readArticles().get(0);
  }

  @Test
  void open_newsPage_metadataFromMarkup() {
    Article page = page();

    assertThat(page.title()).isEqualTo("US extracted spy that confirmed Putin role in 2016 US vote");
    assertThat(page.url()).isEqualTo("https://www.dailyledger.example/world/2019/09/10/us-extracted-spy-putin-role");
    assertThat(page.published()).isEqualTo(LocalDate.of(2019, 9, 10));
    assertThat(page.source()).isEqualTo("The Daily Ledger");
  }

  @Test
  void open_newsPage_keepsEveryArticleParagraphInOrder() {
    String text = page().text();

    assertThat(text).containsSubsequence(
        "The United States had allegedly extracted",
        "The decision to conduct the extraction",
        "driven \"in part\" because",
        "CNN also reported that the decision",
        "'So hard to develop sources like that'",
        "A former senior intelligence official",
        "It is not yet known how the extraction was eventually carried out.",
        "The source was considered the highest level source",
        "In a comment, a Central Intelligence Agency spokesperson",
        "repeating his refrain of \"fake news\".");
    assertThat(text).endsWith("repeating his refrain of \"fake news\".");
  }

  @Test
  void open_newsPage_pageChromeOutsideArticleLeftOut() {
    Article page = page();
    String everything = page.text() + page.removed().stream().map(Removal::text).toList();

    assertThat(everything).doesNotContain(
        "Politics", "Markets open higher", "Most read", "Refinance today", "Ledger Media Group", "We use cookies to improve", "window.dataLayer");
  }

  @Test
  void open_newsPage_furnitureInsideArticleRecordedWithReasons() {
    List<Removal> removed = page().removed();

    assertThat(removed).extracting(Removal::reason).containsExactly(
        Reasons.NAVIGATION, // breadcrumbs
        Reasons.BOILERPLATE, // byline
        Reasons.BOILERPLATE, // the <time> date stamp
        Reasons.SHARE_PROMPT, // share bar
        Reasons.CAPTION, // lead figure
        Reasons.BOILERPLATE, // ad slot
        Reasons.LINK_SPAM, // related links
        Reasons.SHARE_PROMPT, // newsletter box
        Reasons.BOILERPLATE, // cookie-consent placeholder
        Reasons.SHARE_PROMPT, // "Share this article"
        Reasons.BOILERPLATE, // tags and copyright footer
        Reasons.COMMENTS);
    assertThat(removed.get(11).text()).contains("patriot1776", "Load more comments");
    assertThat(page().text()).doesNotContain("patriot1776", "Kremlin denies report", "Sign up for our newsletter", "Advertisement");
  }

  @Test
  void open_newsPage_removalsStandBetweenParagraphs() {
    Article page = page();
    String text = page.text();

    for (Removal removal : page.removed()) {
      assertThat(removal.at() == text.length() || text.startsWith("\n\n", removal.at() - 2)).as("%s", removal).isTrue();
    }
    Removal ad = page.removed().get(5);
    assertThat(text.substring(ad.at())).startsWith("CNN also reported");
  }
}
