package dev.dossier.server.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void text_markupCharacters_escaped() {
    String html = Html.fragment().element("p", "<script>alert(\"x\") & 'y'</script>").render();

    assertThat(html).isEqualTo("<p>&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;</p>");
  }

  @Test
  void attribute_quoteBreakout_escaped() {
    String html = Html.fragment().element("span", "", "title", "\" onmouseover=\"alert(1)").render();

    assertThat(html).isEqualTo("<span title=\"&quot; onmouseover=&quot;alert(1)\"></span>");
  }

  @Test
  void attribute_eventHandler_refused() {
    assertThatThrownBy(() -> Html.fragment().open("a", "onclick", "x")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("onclick");
    assertThatThrownBy(() -> Html.fragment().open("a", "ONCLICK", "x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void urlAttribute_scriptScheme_refused() {
    assertThatThrownBy(() -> Html.fragment().open("a", "href", "javascript:alert(1)")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Html.fragment().open("a", "href", "//evil.example/")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Html.fragment().open("img", "src", "data:text/html,x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void close_wrongElement_fails() {
    assertThatThrownBy(() -> Html.fragment().open("div").close("p")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Html.fragment().open("div").render()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void booleanAndNullAttributes_writtenOrLeftOut() {
    assertThat(Html.fragment().empty("input", "checked", "", "value", null).render()).isEqualTo("<input checked />");
  }

  @Test
  void external_onlyHttpAndHttpsWithHost() {
    assertThat(Urls.external("https://www.reuters.com/article/x?y=1")).hasValue("https://www.reuters.com/article/x?y=1");
    assertThat(Urls.external("javascript:alert(1)")).isEmpty();
    assertThat(Urls.external(" JaVaScRiPt:alert(1)")).isEmpty();
    assertThat(Urls.external("http:///nohost")).isEmpty();
    assertThat(Urls.external("https://example.org/\nx")).isEmpty();
    assertThat(Urls.external("data:text/html,<script>")).isEmpty();
  }

  @Test
  void segment_idsWithColonsSlashesAndMarkup_encoded() {
    assertThat(Urls.entity("person:mike-pompeo")).isEqualTo("/entities/person%3Amike-pompeo");
    assertThat(Urls.article("../../x y<")).isEqualTo("/articles/..%2F..%2Fx%20y%3C");
  }
}
