package dev.dossier.engine.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.ReuseKind;
import dev.dossier.core.ReusedPassage;
import dev.dossier.store.RecyclingTables;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TextReuseTest {

  private static final TextReuse REUSE = TextReuse.standard();

  private static final String ORIGINAL =
      "Russian spy chief met U.S. officials\n"
          + "Naryshkin is among the senior Russian defense and intelligence officials who had previously been sanctioned by the Obama administration in 2014.\n"
          + "On Tuesday, the Russian embassy issued tweets dismissing Pompeo's remarks and reiterating Moscow's disavowal of the hacking campaign.\n"
          + "Antonov did not identify the US intelligence officials with whom he met.";

  /** The original spun (Russia, US), shuffled and lightly edited, as the seeds were. */
  private static final String COPY =
      "Spy chief met officials\n"
          + "On Tuesday, the Russian embassy released tweets dismissing Pompeo's remarks and reiterating Moscow's disavowal of the hacking campaign.\n"
          + "A new sentence about the weather in Washington has nothing to do with any of this reporting.\n"
          + "Naryshkin is among the senior Russian defense and intelligence functionaries who had previously been sanctioned by the Obama administration.";

  private RecyclingTables tables;

  @BeforeEach
  void open() {
    tables = RecyclingTables.inMemory();
  }

  @AfterEach
  void close() {
    tables.close();
  }

  @Test
  void add_spunShuffledCopy_eachCopiedSentenceLinksToItsSource() throws SQLException {
    REUSE.add(tables.reuse(), "original", ORIGINAL, LocalDate.of(2018, 2, 2));
    REUSE.add(tables.reuse(), "copy", COPY, LocalDate.of(2018, 2, 3));

    List<ReusedPassage> passages = REUSE.passages(tables.reuse(), "copy", COPY);

    assertThat(passages).hasSize(2).allMatch(p -> p.sourceArticle().equals("original") && p.kind() == ReuseKind.COPIED);
    // The spun headline and the next sentence come from the original in its order: one passage.
    assertThat(passages.get(0).span().of(COPY)).startsWith("Spy chief met officials\nOn Tuesday").endsWith("campaign.");
    assertThat(passages.get(0).sourceSpan().of(ORIGINAL)).startsWith("Russian spy chief").endsWith("campaign.");
    assertThat(passages.get(1).span().of(COPY)).startsWith("Naryshkin");
    assertThat(passages.stream().flatMap(p -> p.spins().stream()).map(s -> s.text() + "<" + s.original())).contains("released<issued", "functionaries<officials");
    assertThat(REUSE.passages(tables.reuse(), "original", ORIGINAL)).isEmpty();
  }

  @Test
  void add_copyStoredBeforeItsOriginal_originalBecomesTheEarliestPublisher() throws SQLException {
    REUSE.add(tables.reuse(), "copy", COPY, LocalDate.of(2018, 2, 3));
    assertThat(REUSE.passages(tables.reuse(), "copy", COPY)).isEmpty();

    REUSE.add(tables.reuse(), "original", ORIGINAL, LocalDate.of(2018, 2, 2));

    assertThat(REUSE.passages(tables.reuse(), "copy", COPY)).hasSize(2).allMatch(p -> p.sourceArticle().equals("original"));
    assertThat(REUSE.passages(tables.reuse(), "original", ORIGINAL)).isEmpty();
  }

  @Test
  void add_sameQuotationInDifferentProse_sharedQuoteNotCopy() throws SQLException {
    String cia =
        "CIA statement\nThe CIA released a statement saying that \"any interaction with foreign intelligence agencies would have been conducted in accordance"
            + " with USA law and in consultation with appropriate departments and agencies\".";
    String coats =
        "Coats comment\nCoats' office said that while it does not discuss schedules, \"any interaction with foreign intelligence agencies would have been"
            + " conducted in accordance with USA law and in consultation with appropriate departments and agencies\".";
    REUSE.add(tables.reuse(), "cia", cia, LocalDate.of(2018, 2, 1));
    REUSE.add(tables.reuse(), "coats", coats, LocalDate.of(2018, 2, 2));

    List<ReusedPassage> passages = REUSE.passages(tables.reuse(), "coats", coats);

    assertThat(passages).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(ReuseKind.SHARED_QUOTE);
      assertThat(p.sourceArticle()).isEqualTo("cia");
      assertThat(p.span().of(coats)).startsWith("any interaction").endsWith("agencies");
    });
  }

  @Test
  void remove_originalChanged_copiesFallBackToTheNextEarliest() throws SQLException {
    REUSE.add(tables.reuse(), "original", ORIGINAL, LocalDate.of(2018, 2, 2));
    REUSE.add(tables.reuse(), "copy", COPY, LocalDate.of(2018, 2, 3));
    REUSE.add(tables.reuse(), "second", COPY.replace("weather", "traffic"), LocalDate.of(2018, 2, 4));

    REUSE.remove(tables.reuse(), "original");

    assertThat(REUSE.passages(tables.reuse(), "copy", COPY)).isEmpty();
    assertThat(REUSE.passages(tables.reuse(), "second", COPY.replace("weather", "traffic"))).isNotEmpty().allMatch(p -> p.sourceArticle().equals("copy"));
  }
}
