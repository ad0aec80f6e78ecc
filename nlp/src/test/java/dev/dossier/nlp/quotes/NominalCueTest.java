package dev.dossier.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stances carried by a noun after a support verb ("made false statements about", "raised
 * questions about"), on sentences of the Mueller report (public domain, bundled as the demo
 * corpus): the noun and its preposition are part of the cue, and what the stance is about is the
 * content.
 */
class NominalCueTest {

  private static List<Quote> quotes(String text) {
    return QuotesOf.text(text);
  }

  @Test
  void process_supportVerbWithNounAndPreposition_contentIsWhatTheNounIsAbout() {
    String text = "During the 2016 campaign, the media raised questions about a possible connection between the Trump Campaign and Russia.";

    List<Quote> quotes = quotes(text);
    assertThat(quotes).anySatisfy(q -> {
      assertThat(q.cueText()).isEqualTo("raised questions about");
      assertThat(q.speaker().span().of(text)).isEqualTo("the media");
      assertThat(q.text()).startsWith("a possible connection between the Trump Campaign and Russia");
    });
  }

  @Test
  void process_supportVerbWithNumberedNoun_nounInTheCueNotTheContent() {
    String text = "First, Flynn made two false statements about his conversations with Russian Ambassador Kislyak in late December 2016.";

    List<Quote> quotes = quotes(text);
    assertThat(quotes).noneMatch(q -> q.text().startsWith("two false statements"));
    assertThat(quotes).anySatisfy(q -> {
      assertThat(q.cueText()).isEqualTo("made two false statements about");
      assertThat(q.speaker().span().of(text)).isEqualTo("Flynn");
      assertThat(q.text()).startsWith("his conversations with Russian Ambassador Kislyak");
    });
  }
}
