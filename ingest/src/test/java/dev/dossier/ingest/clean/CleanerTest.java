package dev.dossier.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Removal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CleanerTest {

  private final Cleaner cleaner = Cleaner.standard();

  @Test
  void clean_titleAndBody_titleIsFirstParagraph() {
    Cleaned cleaned = cleaner.clean("Pompeo warns of threat", "Pompeo warned the BBC on Tuesday.");

    assertThat(cleaned.text()).isEqualTo("Pompeo warns of threat\n\nPompeo warned the BBC on Tuesday.");
    assertThat(cleaned.title()).isEqualTo("Pompeo warns of threat");
    assertThat(cleaned.body()).isEqualTo("Pompeo warned the BBC on Tuesday.");
  }

  @Test
  void clean_emptyOrNullTitle_textIsJustTheBody() {
    assertThat(cleaner.clean("", "Pompeo warned the BBC.").text()).isEqualTo("Pompeo warned the BBC.");
    assertThat(cleaner.clean(null, "Pompeo warned the BBC.").body()).isEqualTo("Pompeo warned the BBC.");
  }

  @Test
  void clean_nothing_isEmpty() {
    Cleaned cleaned = cleaner.clean(null, null);

    assertThat(cleaned.isEmpty()).isTrue();
    assertThat(cleaned.removed()).isEmpty();
  }

  @Test
  void clean_paragraphsAndLineBreaks_keptWithoutReflow() {
    String body = "\n\nShowers continued throughout the week in\nthe Bahia cocoa zone.\n\n\n\n  The dry period means a late crop.  \n";

    assertThat(cleaner.clean("Cocoa review", body).text())
        .isEqualTo("Cocoa review\n\nShowers continued throughout the week in\nthe Bahia cocoa zone.\n\nThe dry period means a late crop.");
  }

  @Test
  void clean_removedParagraph_atIsStartOfNextParagraph() {
    Cleaned cleaned = cleaner.clean("T", "First paragraph stays.\n\nShare this article\n\nSecond paragraph stays.");

    Removal share = cleaned.removed().get(0);
    assertThat(share).isEqualTo(new Removal("Share this article", Reasons.SHARE_PROMPT, cleaned.text().indexOf("Second")));
    assertThat(cleaned.text()).isEqualTo("T\n\nFirst paragraph stays.\n\nSecond paragraph stays.");
  }

  @Test
  void clean_removedLineInsideParagraph_restOfParagraphKeepsItsLineBreak() {
    Cleaned cleaned = cleaner.clean("T", "The source was considered the highest level source.\nRead more\nIt is not yet known how it was done.");

    assertThat(cleaned.text()).isEqualTo("T\n\nThe source was considered the highest level source.\nIt is not yet known how it was done.");
    assertThat(cleaned.removed()).singleElement().satisfies(removal -> assertThat(removal.at()).isEqualTo(cleaned.text().indexOf("It is not")));
  }

  @Test
  void clean_removedLastLine_atIsEndOfText() {
    Cleaned cleaned = cleaner.clean("T", "Pompeo warned the BBC.\n\n© 2018 Capitol Wire. All rights reserved.");

    assertThat(cleaned.removed()).singleElement().satisfies(removal -> assertThat(removal.at()).isEqualTo(cleaned.text().length()));
  }

  @Test
  void clean_removalText_isTheSourceLineAsWritten() {
    Cleaned cleaned = cleaner.clean("T", "Body line.\n  More\u00a0news: Kremlin \u201cdenies\u201d report  \n");

    assertThat(cleaned.removed()).extracting(Removal::text).containsExactly("More\u00a0news: Kremlin \u201cdenies\u201d report");
  }

  @Test
  void clean_titleRepeatedAsFirstLine_removedAsRepeatedParagraph() {
    Cleaned cleaned = cleaner.clean("Russian spy chief met U.S. officials", "RUSSIAN SPY CHIEF MET U.S. OFFICIALS\n\nPompeo defended the meeting.");

    assertThat(cleaned.removed()).extracting(Removal::reason).containsExactly(Reasons.REPEATED_PARAGRAPH);
    assertThat(cleaned.body()).isEqualTo("Pompeo defended the meeting.");
  }

  @Test
  void clean_repeatedParagraph_laterCopyRemovedFirstKept() {
    String paragraph = "Antonov did not identify the US intelligence officials with whom he met.";

    Cleaned cleaned = cleaner.clean("T", paragraph + "\n\nNews of the visit spread.\n\n" + paragraph.toUpperCase() + "\n");

    assertThat(cleaned.body()).isEqualTo(paragraph + "\n\nNews of the visit spread.");
    assertThat(cleaned.removed()).extracting(Removal::reason).containsExactly(Reasons.REPEATED_PARAGRAPH);
  }

  @Test
  void clean_shortRepeatedLines_kept() {
    String body = "He said no.\n\nThe talks went on.\n\nHe said no.";

    assertThat(cleaner.clean("T", body).body()).isEqualTo(body);
  }

  @Test
  void clean_hardWrappedParagraphs_fragmentsNotMistakenForRepeatsOrBoilerplate() {
    String body = "Net profit rose in the year to\nFebruary 1986.\n    Sales were also higher, according to\nReuters.\n\n"
        + "Note - World imports may not balance due to differing\nmarketing years and lags between reported figures.\n\n"
        + "Note - World imports may not balance due to differing\nseasons in the two hemispheres.";

    Cleaned cleaned = cleaner.clean("T", body);

    assertThat(cleaned.removed()).isEmpty();
    assertThat(cleaned.body()).contains("February 1986.", "Reuters.", "seasons in the two hemispheres.");
  }

  @Test
  void clean_removedBefore_placedAtCleanedOffsetsInTextOrder() {
    String body = "  First\u00a0paragraph.\n\nSecond paragraph.\n\nRead more\n\nThird paragraph.";
    List<Removal> before = List.of(
        new Removal("Comments: 3", Reasons.COMMENTS, body.length()),
        new Removal("Share bar", Reasons.SHARE_PROMPT, body.indexOf("Second") - 2));

    Cleaned cleaned = cleaner.clean("Title", body, before);

    assertThat(cleaned.text()).isEqualTo("Title\n\nFirst paragraph.\n\nSecond paragraph.\n\nThird paragraph.");
    assertThat(cleaned.removed()).extracting(Removal::text, Removal::at).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Share bar", cleaned.text().indexOf("Second")),
        org.assertj.core.groups.Tuple.tuple("Read more", cleaned.text().indexOf("Third")),
        org.assertj.core.groups.Tuple.tuple("Comments: 3", cleaned.text().length()));
  }

  @Test
  void clean_removedChars_countedPerReason() {
    Cleaned cleaned = cleaner.clean("T", "Body stays here.\n\nRead more\n\nShare this article\n\nFollow\n\nAdvertisement");

    assertThat(cleaned.removedChars()).isEqualTo(Map.of(Reasons.LINK_SPAM, 9, Reasons.SHARE_PROMPT, 24, Reasons.BOILERPLATE, 13));
    assertThat(cleaned.removedCharCount()).isEqualTo(46);
  }

  @Test
  void clean_onlyBoilerplateWithoutTitle_isEmptyButRecordsEverything() {
    Cleaned cleaned = cleaner.clean("", "Read more\nShare this article");

    assertThat(cleaned.isEmpty()).isTrue();
    assertThat(cleaned.removed()).hasSize(2).allSatisfy(removal -> assertThat(removal.at()).isZero());
  }

  @Test
  void clean_normalizedInput_isTitleAndBodyBeforeRemoval() {
    Cleaned cleaned = cleaner.clean(" T ", "One.\r\nRead more\r\n\r\n\r\nTwo.");

    assertThat(cleaned.normalizedInput()).isEqualTo("T\n\nOne.\nRead more\n\nTwo.");
  }

  @Test
  void clean_customRules_onlyThoseApply() {
    Cleaner onlyAds = new Cleaner(List.of(Rule.matching("ad", Reasons.BOILERPLATE, 2, "advertisement")));

    Cleaned cleaned = onlyAds.clean("T", "Read more\n\nAdvertisement\n\nBody.");

    assertThat(cleaned.body()).isEqualTo("Read more\n\nBody.");
    assertThat(onlyAds.rules()).extracting(Rule::name).containsExactly("ad");
  }
}
