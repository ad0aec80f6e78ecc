package dev.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Article;
import dev.dossier.core.Removal;
import dev.dossier.ingest.clean.Reasons;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextFormatTest extends FormatTestBase {

  @Override
  protected List<String> inputs() {
    return List.of(sample("txt/spy_extraction.txt"), sample("txt/pompeo_meeting.text"), sample("txt/typographic_crlf.txt"));
  }

  @Override
  protected int expectedArticles() {
    return 3;
  }

  @Test
  void open_seedFile_titleIsFirstLineAndLinkSpamRemoved() {
    Article spy = readArticles().get(0);

    assertThat(spy.title()).isEqualTo("US extracted spy that confirmed Putin role in 2016 US vote");
    assertThat(spy.origin()).isEqualTo(sample("txt/spy_extraction.txt"));
    assertThat(spy.removed()).extracting(Removal::reason).containsOnly(Reasons.LINK_SPAM).hasSize(3);
    assertThat(spy.text()).doesNotContain("More news").contains("It is not yet known how the extraction was eventually carried out.");
    assertThat(spy.url()).isNull();
    assertThat(spy.published()).isNull();
  }

  @Test
  void open_textWithoutId_idIsContentHashPrefix() {
    Article spy = readArticles().get(0);

    assertThat(spy.id()).matches("[0-9a-f]{16}");
    assertThat(spy.contentHash()).doesNotStartWith(spy.id());
  }

  @Test
  void open_bomCrlfAndTypography_normalised() {
    Article article = readArticles().get(2);

    assertThat(article.title()).isEqualTo("Pompeo defends meeting with Russian spy chief");
    assertThat(article.text())
        .contains("Chuck Schumer, declaring")
        .contains("did \u2013 \"to keep Americans safe\".")
        .contains("dismissing Pompeo's remarks and reiterating Moscow's disavowal of the hacking campaign.\n\n\"I haven't seen")
        .doesNotContain("\u00ad", "\u200b", "Share this article", "All rights reserved");
    assertThat(article.removed()).extracting(Removal::reason).containsExactly(Reasons.SHARE_PROMPT, Reasons.BOILERPLATE);
  }

  @Test
  void open_withOptions_optionsFillMissingDateAndSource() {
    IngestOptions options = new IngestOptions(LocalDate.of(2019, 9, 10), "Seeds");

    Article spy = articles(readAll(Inputs.open(List.of(sample("txt/spy_extraction.txt")), options))).get(0);

    assertThat(spy.published()).isEqualTo(LocalDate.of(2019, 9, 10));
    assertThat(spy.source()).isEqualTo("Seeds");
  }
}
