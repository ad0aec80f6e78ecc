package dev.dossier.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Quote;
import dev.dossier.core.QuoteKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Headlines that credit their words to a label before a colon in the shapes a transcript's "NAME:"
 * does not have ({@link HeadlineLabels}): a tag before the name, the addressee after a
 * preposition, a common noun for a name. The headline is one the Mueller report (public domain)
 * cites in a footnote, "George Papadopoulos: Sanctions Have Done Little More Than to Turn Russia
 * Towards China", with its label put in each shape; the paragraph after it is a sentence of the
 * report's.
 */
class HeadlineLabelsTest {

  private static final String WORDS = "Sanctions Have Done Little More Than to Turn Russia Towards China";
  private static final String BODY = "\n\nClovis stated that he did not recall anyone, including George Papadopoulos, having given him "
      + "non-public information that a foreign government might be in possession of material damaging to Hillary Clinton.";

  private static Optional<Quote> headline(String label) {
    List<Quote> quotes = QuotesOf.text(label + ": " + WORDS + BODY);
    return quotes.stream().filter(q -> q.kind() == QuoteKind.DIRECT && q.text().startsWith("Sanctions Have Done")).findFirst();
  }

  /** A shouted tag and a dash before the name are not part of it: the name after them is the source. */
  @Test
  void find_tagAndDashBeforeTheName_directQuoteOfTheName() {
    Quote quote = headline("EXCLUSIVE – George Papadopoulos").orElseThrow();

    assertThat(quote.speaker().name()).isEqualTo("George Papadopoulos");
  }

  /** "Name to Addressee:" names whom the words were said to; the source is the name before the preposition. */
  @Test
  void find_nameThenPrepositionAndAddressee_directQuoteOfTheName() {
    Quote quote = headline("George Papadopoulos to Interfax").orElseThrow();

    assertThat(quote.speaker().name()).isEqualTo("George Papadopoulos");
    assertThat(quote.text()).startsWith(WORDS);
  }

  /** A capitalised title in letters of an abbreviation does not make the label a shouted tag. */
  @Test
  void find_abbreviatedTitleBeforeTheName_directQuote() {
    assertThat(headline("Former CIA Aide Papadopoulos in London")).isPresent();
  }

  /** A label opening with a determiner is a column or a section ("The Roundup:"), not a source. */
  @Test
  void find_labelOpeningWithADeterminer_noDirectQuote() {
    assertThat(headline("The Roundup")).isEmpty();
  }

  /** Two names joined by "and" are what the headline is about, not who said it. */
  @Test
  void find_twoNamesJoinedByAnd_noDirectQuote() {
    assertThat(headline("Papadopoulos and Clovis")).isEmpty();
  }
}
