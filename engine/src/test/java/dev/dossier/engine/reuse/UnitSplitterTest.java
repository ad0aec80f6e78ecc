package dev.dossier.engine.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitSplitterTest {

  private static final UnitSplitter SPLITTER = new UnitSplitter(new TermReader(Thesaurus.wordNet()));

  @Test
  void sentences_abbreviationsAndInitials_doNotEndASentence() {
    String text = "Russian Ambassador to the U.S. Anatoly Antonov confirmed the visit. Mr. Pompeo met Sergei E. Naryshkin in Washington. He left.";

    List<String> sentences = UnitSplitter.sentences(text).stream().map(span -> span.of(text)).toList();

    assertThat(sentences)
        .containsExactly(
            "Russian Ambassador to the U.S. Anatoly Antonov confirmed the visit.", "Mr. Pompeo met Sergei E. Naryshkin in Washington.", "He left.");
  }

  @Test
  void sentences_lineBreaks_endSentences() {
    String text = "US extracted spy that confirmed Putin role in 2016 US vote\n\nIt is not yet known how the extraction was eventually carried out";

    assertThat(UnitSplitter.sentences(text)).hasSize(2);
  }

  @Test
  void units_sentenceWithQuotation_quotationIsAUnitOfItsOwn() {
    String text =
        "Coats' office said that while it does not discuss US intelligence officials' schedules, \"any interaction with foreign intelligence agencies"
            + " would have been conducted in accordance with USA law and in consultation with appropriate departments and agencies\".";

    List<Unit> units = SPLITTER.units(text);

    assertThat(units).hasSize(2);
    Unit prose = units.stream().filter(u -> !u.quote()).findFirst().orElseThrow();
    Unit quote = units.stream().filter(Unit::quote).findFirst().orElseThrow();
    assertThat(quote.span().of(text)).startsWith("any interaction").endsWith("departments and agencies");
    assertThat(prose.terms()).extracting(Term::key).contains("office", "schedule").doesNotContain("interaction", "consultation");
  }

  @Test
  void units_shortSentence_isNoUnit() {
    String text = "He left. Antonov did not identify the US intelligence officials with whom he met.";

    List<Unit> units = SPLITTER.units(text);

    assertThat(units).extracting(u -> u.span().of(text)).containsExactly("Antonov did not identify the US intelligence officials with whom he met.");
  }

  @Test
  void quotations_unclosedQuote_runsToParagraphEnd() {
    String text = "He said \"the agent could now be moved elsewhere to protect him\n\nThe next paragraph.";

    List<Span> quotes = UnitSplitter.quotations(text);

    assertThat(quotes).extracting(q -> q.of(text)).containsExactly("the agent could now be moved elsewhere to protect him");
  }

  @Test
  void sentences_hardWrappedNewswire_linesJoinedIntoSentences() {
    String text =
        "BAHIA COCOA REVIEW\n\nShowers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since early\n"
            + "January and improving prospects for the coming temporao.\nThe dry period means the temporao will be late this year.";

    List<String> sentences = UnitSplitter.sentences(text).stream().map(span -> span.of(text)).toList();

    assertThat(sentences).hasSize(3);
    assertThat(sentences.get(1)).startsWith("Showers continued").endsWith("coming temporao.");
  }
}
