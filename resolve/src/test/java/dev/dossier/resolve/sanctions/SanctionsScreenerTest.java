package dev.dossier.resolve.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Article;
import dev.dossier.core.Doc;
import dev.dossier.core.Layers;
import dev.dossier.core.SanctionsHit;
import dev.dossier.nlp.NlpPipeline;
import dev.dossier.resolve.InMemoryEntityMemory;
import dev.dossier.resolve.Resolver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Screening as the product runs it: the real pipeline, resolution and the bundled SDN snapshot, on the seed articles and real sentences. */
class SanctionsScreenerTest {

  private static final dev.dossier.core.Pipeline PIPELINE = NlpPipeline.standard();

  private final Resolver resolver = Resolver.standard();
  private final SanctionsScreener screener = SanctionsScreener.standard();

  private List<SanctionsHit> screen(String id, LocalDate published, String text) {
    Article article = new Article(id, null, "", published, null, text, List.of(), id, id);
    Doc doc = resolver.link(PIPELINE.process(article), new InMemoryEntityMemory());
    return screener.screen(doc).get(Layers.SANCTIONS);
  }

  private static String seed(String name) throws IOException {
    Path shared = Path.of("../../shared/corpus/seeds", name);
    if (Files.exists(shared)) {
      return Files.readString(shared, StandardCharsets.UTF_8);
    }
    try (InputStream in = SanctionsScreenerTest.class.getResourceAsStream("/seeds/" + name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void hits_secondSeed_naryshkinAndKorobovWithEvidenceAntonovNot() throws IOException {
    String text = seed("004_b12aa63abad0d3a9.txt");
    org.junit.jupiter.api.Assumptions.assumeTrue(text != null, "seed article not found under ../shared/corpus/seeds");

    List<SanctionsHit> hits = screen("004", LocalDate.of(2018, 2, 2), text);

    assertThat(hits).extracting(SanctionsHit::name).contains("NARYSHKIN, Sergey Yevgenyevich", "KOROBOV, Igor Valentinovich");
    assertThat(hits).extracting(SanctionsHit::name).noneMatch(name -> name.startsWith("ANTONOV"));
    SanctionsHit naryshkin = hits.stream().filter(h -> h.name().startsWith("NARYSHKIN")).findFirst().orElseThrow();
    assertThat(naryshkin.list()).isEqualTo("OFAC SDN 2024-05-03");
    assertThat(naryshkin.entry()).isEqualTo("16691");
    assertThat(naryshkin.programs()).contains("UKRAINE-EO13661");
    assertThat(naryshkin.evidence()).contains("Naryshkin").doesNotContain("\n");
    assertThat(naryshkin.score()).isBetween(0.7, 0.95);
  }

  @Test
  void hits_fullNameOnTheList_hitWithFullScore() {
    List<SanctionsHit> hits = screen("a", LocalDate.of(2019, 4, 18),
        "Oleg Deripaska, the Russian aluminium magnate, had ties to Paul Manafort, who ran the Trump campaign.");

    assertThat(hits).extracting(SanctionsHit::name).containsExactly("DERIPASKA, Oleg Vladimirovich");
    assertThat(hits.getFirst().evidence()).startsWith("Oleg Deripaska, the Russian aluminium magnate");
  }

  @Test
  void hits_commonSurnameWithoutSupport_noHit() {
    List<SanctionsHit> hits = screen("a", LocalDate.of(2018, 6, 1), "Kim said the team would play again in the autumn.");

    assertThat(hits).isEmpty();
  }

  @Test
  void hits_birthYearTheEntryDoesNotHave_noHit() {
    List<SanctionsHit> hits = screen("a", LocalDate.of(2019, 4, 18), "Oleg Deripaska, born in 1990, runs a bakery in Leeds, England.");

    assertThat(hits).isEmpty();
  }

  @Test
  void csv_quotedFieldsAndEmptyMarks_parsed() {
    List<String> fields = SanctionsList.csv("16691,\"NARYSHKIN, Sergey Yevgenyevich\",\"individual\",\"UKRAINE-EO13661\",-0- ,-0- ");

    assertThat(fields).containsExactly("16691", "NARYSHKIN, Sergey Yevgenyevich", "individual", "UKRAINE-EO13661", "", "");
  }
}
