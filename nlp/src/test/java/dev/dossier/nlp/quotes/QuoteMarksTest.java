package dev.dossier.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

  private static List<String> quoted(String text) {
    return QuoteMarks.find(text).stream().map(region -> region.inner().of(text)).toList();
  }

  @Test
  void find_straightCurlyAndDoubledApostrophes_allPaired() {
    assertThat(quoted("He said \"if this administration is ignoring sanctions, that's very serious\".")).containsExactly(
        "if this administration is ignoring sanctions, that's very serious");
    assertThat(quoted("“We were there,” Figueroa told USA Today. “We left.”")).containsExactly("We were there,", "We left.");
    assertThat(quoted("''Hopefully,'' the president said, ''this museum can help.''")).containsExactly("Hopefully,", "this museum can help.");
  }

  @Test
  void find_apostrophesAndPossessives_noQuote() {
    assertThat(quoted("Coats' office said the candidates' plans don't add up in the '90s.")).isEmpty();
  }

  @Test
  void find_singleQuotedHeadlineWords_quoted() {
    assertThat(quoted("Scott Baio denies Nicole Eggert's molestation claims: 'Absolutely nothing' happened")).containsExactly("Absolutely nothing");
  }

  @Test
  void find_quoteLeftOpenAtParagraphEnd_closesThere() {
    assertThat(quoted("\"The first paragraph goes on\n\n\"and the second ends,\" she said.")).containsExactly("The first paragraph goes on", "and the second ends,");
  }
}
