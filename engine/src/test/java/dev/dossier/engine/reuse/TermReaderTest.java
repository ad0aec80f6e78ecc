package dev.dossier.engine.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermReaderTest {

  private static final TermReader READER = new TermReader(Thesaurus.wordNet());

  private static List<Term> terms(String text) {
    return READER.terms(text, new Span(0, text.length()));
  }

  @Test
  void terms_namesOfOneCountry_shareOneKey() {
    List<Term> usa = terms("The source was considered the highest level source for the USA inside the Kremlin.");
    List<Term> us = terms("The source was considered the highest level source for the US inside the Kremlin.");
    List<Term> unitedStates = terms("The source was considered the highest level source for the United States inside the Kremlin.");

    assertThat(usa).extracting(Term::key).isEqualTo(us.stream().map(Term::key).toList()).isEqualTo(unitedStates.stream().map(Term::key).toList());
  }

  @Test
  void terms_russianFederation_oneTermWithRussiasKey() {
    String text = "It is so hard to develop sources like that in any denied area, particularly Russian Federation.";

    List<Term> found = terms(text);

    Term federation = found.getLast();
    assertThat(federation.word()).isEqualTo("Russian Federation");
    assertThat(federation.key()).isEqualTo(terms("It is hard to develop sources in any denied area, particularly Russia.").getLast().key());
    assertThat(federation.span().of(text)).isEqualTo("Russian Federation");
  }

  @Test
  void terms_functionWordsAndReportingVerbs_dropped() {
    List<Term> found = terms("CNN reported that the decision to extract the informant was driven in part by concerns, officials said.");

    assertThat(found).extracting(Term::key).doesNotContain("the", "that", "was", "by", "said", "to", "in");
    assertThat(found).extracting(Term::key).contains("decision", "extract", "informant", "concern", "official");
  }

  @Test
  void serialize_thenParse_keepsKeysAndWords() {
    List<Term> found = terms("Russian Ambassador to the U.S. Anatoly Antonov confirmed that Naryshkin was in Washington.");

    List<Term> back = TermReader.parse(TermReader.serialize(found));

    assertThat(back).extracting(Term::key).isEqualTo(found.stream().map(Term::key).toList());
    assertThat(back).extracting(Term::word).isEqualTo(found.stream().map(Term::word).toList());
    assertThat(back).allMatch(term -> term.span() == null);
  }
}
