package dev.dossier.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.ingest.clean.Reasons;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BlockClassifierTest {

  private static Element element(String html) {
    return Jsoup.parseBodyFragment(html).body().child(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "<nav><a href='/'>Home</a></nav>                            | navigation   | true",
      "<div role='navigation'>Sections</div>                      | navigation   | true",
      "<footer>About us</footer>                                  | boilerplate  | true",
      "<figure><figcaption>A caption</figcaption></figure>        | caption      | true",
      "<form><input type='email'></form>                          | share-prompt | true",
      "<div role='dialog'>Accept cookies</div>                    | boilerplate  | true",
      "<div hidden>Secret</div>                                   | boilerplate  | true",
      "<section id='comments'>42 comments</section>               | comments     | true",
      "<div class='c-article__share-bar'>Share</div>              | share-prompt | false",
      "<div class='socialLinks'>Follow</div>                      | share-prompt | false",
      "<div class='newsletter-signup'>Sign up</div>               | share-prompt | false",
      "<div id='cookie-consent'>Cookies</div>                     | boilerplate  | true",
      "<div class='ad-slot ad-slot--inline'>Advertisement</div>   | boilerplate  | false",
      "<section class='most-read'>Most read</section>             | link-spam    | false",
      "<ul class='relatedStories'>Related</ul>                    | link-spam    | false",
      "<div class='breadcrumbs'>Home</div>                        | navigation   | false",
      "<div class='related-comments'>Talk</div>                   | comments     | true"})
  void classify_furniture_reasonAndStrength(String html, String reason, boolean strong) {
    assertThat(BlockClassifier.classify(element(html))).isEqualTo(new BlockClassifier.Verdict(reason, strong));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<div class='story-body'>Text</div>",
      "<div class='article-header'>Title</div>",
      "<div class='headline'>Title</div>",
      "<div class='shared-content'>Text</div>",
      "<a class='share' href='#'>Share</a>",
      "<span class='tag'>Moscow</span>",
      "<div class='loading'>Text</div>"})
  void classify_contentOrInline_notFurniture(String html) {
    assertThat(BlockClassifier.classify(element(html))).isNull();
  }

  @org.junit.jupiter.api.Test
  void byHints_camelCaseAndSeparators_split() {
    assertThat(BlockClassifier.byHints("articleShareTools")).isEqualTo(Reasons.SHARE_PROMPT);
    assertThat(BlockClassifier.byHints("you_may_like")).isEqualTo(Reasons.LINK_SPAM);
    assertThat(BlockClassifier.byHints("header")).isNull();
  }
}
