package dev.dossier.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Removal;
import dev.dossier.ingest.clean.Reasons;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainContentExtractorTest {

  private static final String P1 = "The United States had allegedly extracted one of its highest-level moles in the Russian government in 2017, CNN reported.";
  private static final String P2 = "The decision to extract the informant was driven in part by concerns that intelligence had been mishandled, officials said.";
  private static final String P3 = "It is not yet known how the extraction was eventually carried out, and the agency declined to comment.";

  private final MainContentExtractor extractor = new MainContentExtractor();

  private static String newsPage() throws IOException {
    try (InputStream in = MainContentExtractorTest.class.getResourceAsStream("/sample_docs/html/spy_extraction.html")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private MainContent extract(String body) {
    return extractor.extract("<html><head><title>Spy extraction</title></head><body>" + body + "</body></html>", "https://news.example/story");
  }

  @Test
  void extract_newsPage_paragraphsSeparatedByEmptyLines() throws IOException {
    MainContent content = extractor.extract(newsPage(), null);

    assertThat(content.text()).startsWith("By Jordan Morgan, Security Correspondent\n\nSeptember 10, 2019\n\nThe United States had allegedly extracted");
    assertThat(content.text()).contains("CNN reported.\n\nCNN also reported").doesNotContain("\n\n\n");
    assertThat(content.hasMainContent()).isTrue();
  }

  @Test
  void extract_newsPage_headlineNotRepeatedInBody() throws IOException {
    assertThat(extractor.extract(newsPage(), null).text()).doesNotContain("US extracted spy that confirmed Putin role");
  }

  @Test
  void extract_newsPage_furnitureRecordedWhereItStood() throws IOException {
    MainContent content = extractor.extract(newsPage(), null);

    assertThat(content.removed()).extracting(Removal::reason).containsExactly(
        Reasons.NAVIGATION, Reasons.SHARE_PROMPT, Reasons.CAPTION, Reasons.BOILERPLATE, Reasons.LINK_SPAM, Reasons.SHARE_PROMPT,
        Reasons.BOILERPLATE, Reasons.BOILERPLATE, Reasons.COMMENTS);
    Removal related = content.removed().get(4);
    assertThat(related.text()).isEqualTo("Related\nKremlin denies report of extracted informant\nIntelligence panel to question officials\n"
        + "A year on, questions remain over Salisbury attack");
    assertThat(content.text().substring(0, related.at())).endsWith("during a May 2017 White House meeting.");
  }

  @Test
  void extract_newsPage_metadata() throws IOException {
    PageMetadata metadata = extractor.extract(newsPage(), null).metadata();

    assertThat(metadata.title()).isEqualTo("US extracted spy that confirmed Putin role in 2016 US vote");
    assertThat(metadata.url()).isEqualTo("https://www.dailyledger.example/world/2019/09/10/us-extracted-spy-putin-role");
    assertThat(metadata.siteName()).isEqualTo("The Daily Ledger");
    assertThat(metadata.publishedValues()).containsExactly("2019-09-10T06:15:00-04:00");
  }

  @Test
  void extract_articleBodyMarked_rootIsTheMarkedBody() {
    MainContent content = extract("<article><div class='share'><a href='#'>Share</a></div>"
        + "<p>Standfirst paragraph outside the marked body, with enough words to count as text here.</p>"
        + "<div itemprop='articleBody'><p>" + P1 + "</p><p>" + P2 + "</p></div></article>");

    assertThat(content.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void extract_noMarkup_densestBlockWinsOverLinkLists() {
    MainContent content = extract("<div id='top'><a href='/'>Home</a> <a href='/a'>World news and more</a></div>"
        + "<div id='wrap'><div class='entry'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
        + "<div id='side'><ul><li><a href='/1'>Senate panel schedules hearing on the leaks</a></li>"
        + "<li><a href='/2'>Markets close mixed after a long and volatile day</a></li>"
        + "<li><a href='/3'>A cold week ahead for most of the north east</a></li></ul></div></div>");

    assertThat(content.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
  }

  @Test
  void extract_articleSplitAcrossSiblingBlocks_allBlocksKept() {
    MainContent content = extract("<div class='story'><div class='text-block'><p>" + P1 + "</p><p>" + P2 + "</p></div>"
        + "<div class='ad-slot'><p>Advertisement</p></div><div class='text-block'><p>" + P3 + "</p><p>" + P1.replace("2017", "2018") + "</p></div></div>");

    assertThat(content.text()).contains(P1, P2, P3);
    assertThat(content.removed()).extracting(Removal::text).containsExactly("Advertisement");
  }

  @Test
  void extract_linkDenseListInsideArticle_removedAsLinkSpam() {
    MainContent content = extract("<article><p>" + P1 + "</p><ul><li><a href='/1'>Kremlin denies report</a></li>"
        + "<li><a href='/2'>Panel to question officials</a></li><li><a href='/3'>Questions over Salisbury</a></li></ul><p>" + P2 + "</p></article>");

    assertThat(content.removed()).singleElement().satisfies(removal -> assertThat(removal.reason()).isEqualTo(Reasons.LINK_SPAM));
    assertThat(content.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void extract_listOfSentencesWithALink_kept() {
    MainContent content = extract("<article><p>" + P1 + "</p><ul><li>Officials said the informant was moved in 2017, according to <a href='/r'>the report</a>.</li>"
        + "<li>The agency declined to comment on the case.</li></ul></article>");

    assertThat(content.removed()).isEmpty();
    assertThat(content.text()).endsWith("according to the report.\n\nThe agency declined to comment on the case.");
  }

  @Test
  void extract_weakHintOnTheWrapperOfAllText_wrapperKept() {
    MainContent content = extract("<article><div class='promo-enabled widget'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
        + "<div class='promo'><p>Try our app for the best experience.</p></div></article>");

    assertThat(content.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    assertThat(content.removed()).extracting(Removal::text).containsExactly("Try our app for the best experience.");
  }

  @Test
  void extract_hiddenBlock_removed() {
    MainContent content = extract("<article><p>" + P1 + "</p><div style='display: none'><p>Hidden promotional text nobody sees.</p></div></article>");

    assertThat(content.text()).isEqualTo(P1);
    assertThat(content.removed()).singleElement().satisfies(removal -> assertThat(removal.reason()).isEqualTo(Reasons.BOILERPLATE));
  }

  @Test
  void extract_inlineElementWithFurnitureClass_keptInsideItsSentence() {
    MainContent content = extract("<article><p>Officials met in <a class='tag' href='/t/moscow'>Moscow</a> and "
        + "<span class='share'>Washington</span> this week, the agency said.</p><p>" + P1 + "</p></article>");

    assertThat(content.text()).startsWith("Officials met in Moscow and Washington this week, the agency said.");
  }

  @Test
  void extract_lineBreaks_singleKeptDoubleEndsParagraph() {
    MainContent content = extract("<div class='post'>" + P1 + "<br>" + P2 + "<br><br>" + P3 + "</div>");

    assertThat(content.text()).isEqualTo(P1 + "\n" + P2 + "\n\n" + P3);
  }

  @Test
  void extract_preformatted_keepsItsLines() {
    MainContent content = extract("<article><p>" + P1 + "</p><pre>Shr    1.22 dlrs vs 1.01 dlrs\nNet    12.3 mln vs 10.1 mln</pre></article>");

    assertThat(content.text()).endsWith("\n\nShr    1.22 dlrs vs 1.01 dlrs\nNet    12.3 mln vs 10.1 mln");
  }

  @Test
  void extract_onlyNavigation_noContent() {
    MainContent content = extract("<nav><ul><li><a href='/w'>World news from every continent, updated hourly</a></li>"
        + "<li><a href='/p'>Politics and elections across the country</a></li></ul></nav><footer><p>About us, contact, terms and privacy policy of this site.</p></footer>");

    assertThat(content.text()).isEmpty();
    assertThat(content.hasMainContent()).isFalse();
  }

  @Test
  void extract_onlyCookieBanner_noContent() {
    MainContent content = extract("<div id='cookie-consent'><p>We use cookies to improve your experience and to show personalised advertising on this site.</p></div>");

    assertThat(content.text()).isEmpty();
  }

  @Test
  void extract_titleWithSiteSuffix_suffixStripped() {
    assertThat(extractor.extract("<title>Pompeo warns of threat to elections - Capitol Wire</title><p>x</p>", null).metadata().title())
        .isEqualTo("Pompeo warns of threat to elections");
    assertThat(extractor.extract("<title>Pompeo warns of threat | Politics | Capitol Wire</title>", null).metadata().title())
        .isEqualTo("Pompeo warns of threat");
    assertThat(extractor.extract("<title>Trump - The Interview</title>", null).metadata().title()).isEqualTo("Trump - The Interview");
  }

  @Test
  void extract_ogTitle_onlyTheSiteNameStripped() {
    String head = "<meta property='og:site_name' content='Capitol Wire'>";

    assertThat(extractor.extract(head + "<meta property='og:title' content='Brexit - What Happens Next | Capitol Wire'>", null).metadata().title())
        .isEqualTo("Brexit - What Happens Next");
    assertThat(extractor.extract(head + "<meta property='og:title' content='Brexit - What Happens Next'>", null).metadata().title())
        .isEqualTo("Brexit - What Happens Next");
  }

  @Test
  void extract_noTitleElement_firstHeading() {
    assertThat(extractor.extract("<body><h1> Pompeo warns  of threat </h1><p>x</p></body>", null).metadata().title()).isEqualTo("Pompeo warns of threat");
    assertThat(extractor.extract("<body><p>x</p></body>", null).metadata().title()).isNull();
  }

  @Test
  void extract_urlSources_canonicalThenOgUrlMadeAbsolute() {
    assertThat(extractor.extract("<meta property='og:url' content='/2018/pompeo'>", "https://capitolwire.example/x").metadata().url())
        .isEqualTo("https://capitolwire.example/2018/pompeo");
    assertThat(extractor.extract("<link rel='canonical' href='/a'><meta property='og:url' content='/b'>", "https://c.example/").metadata().url())
        .isEqualTo("https://c.example/a");
    assertThat(extractor.extract("<p>x</p>", null).metadata().url()).isNull();
  }

  @Test
  void extract_dateSources_inPriorityOrderAndBrokenJsonLdIgnored() {
    String html = "<head><script type='application/ld+json'>{\"@graph\": [{\"@type\": \"WebPage\"}, {\"@type\": \"NewsArticle\", \"datePublished\": \"2018-02-01\"}]}</script>"
        + "<script type='application/ld+json'>{broken</script>"
        + "<meta itemprop='datePublished' content='2018-02-02'></head><body><time datetime='2018-02-03'>Feb 3</time></body>";

    assertThat(extractor.extract(html, null).metadata().publishedValues()).containsExactly("2018-02-02", "2018-02-01", "2018-02-03");
  }

  @Test
  void isSubstantial_thresholds() {
    assertThat(MainContentExtractor.isSubstantial("")).isFalse();
    assertThat(MainContentExtractor.isSubstantial("Photos from the summit in Vietnam, taken on Saturday.")).isFalse();
    assertThat(MainContentExtractor.isSubstantial(P1 + " " + P2)).isTrue();
    assertThat(MainContentExtractor.isSubstantial("word ".repeat(60))).isTrue();
  }
}
