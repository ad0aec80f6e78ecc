package dev.dossier.engine.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Doc;
import dev.dossier.core.Rejection;
import dev.dossier.core.Span;
import dev.dossier.engine.Analyzer;
import dev.dossier.engine.Engine;
import dev.dossier.engine.Recycling;
import dev.dossier.ingest.IngestOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conflicting attributions and claims with no attribution, through the real pipeline, on the seeds' sentences. */
class AttributionSignalsTest {

  private static final Analyzer ANALYZER = Analyzer.standard();
  private static final String QUOTE = "\\\"CNN's reporting is not only incorrect, it has the potential to put lives in danger\\\"";

  private static Map<String, Doc> docs;
  private static Map<String, Recycling> found;

  private static Path repository() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("demo/seeds.jsonl"))) {
      dir = dir.getParent();
    }
    return dir;
  }

  private static String line(String id, String date, String text) {
    return "{\"id\":\"" + id + "\",\"title\":\"\",\"published\":\"" + date + "\",\"text\":\"" + text + "\"}\n";
  }

  @BeforeAll
  static void analyse(@TempDir Path dir) throws IOException {
    Path input = Files.writeString(dir.resolve("quotes.jsonl"),
        line("house", "2019-09-10", "The White House went further, stressing: " + QUOTE + ".")
            + line("grisham", "2019-09-11", "White House press secretary Stephanie Grisham said: " + QUOTE + ".")
            + line("official", "2019-09-12", "A former senior intelligence official said: " + QUOTE + ".")
            + line("kremlin", "2019-09-13", "The Kremlin said: " + QUOTE + "."),
        StandardCharsets.UTF_8);
    docs = new LinkedHashMap<>();
    found = new LinkedHashMap<>();
    Engine.analyzeAll(List.of(input.toString(), repository().resolve("demo/seeds.jsonl").toString()), IngestOptions.NONE, ANALYZER, new Engine.RecyclingSink() {
      @Override
      public void accept(Doc doc, Recycling recycling) {
        docs.put(doc.id(), doc);
        found.put(doc.id(), recycling);
      }

      @Override
      public void reject(Rejection rejection) {
        throw new AssertionError(rejection.message());
      }
    });
  }

  private static List<String> conflictsWith(String id, AttributionConflict.Kind kind) {
    return found.get(id).quality().conflictingAttributions().stream().filter(c -> c.kind() == kind).map(AttributionConflict::otherArticle).toList();
  }

  @Test
  void analyzeAll_spokespersonOfTheSameHouse_noConflict() {
    assertThat(conflictsWith("grisham", AttributionConflict.Kind.NAMED)).doesNotContain("house");
  }

  @Test
  void analyzeAll_anotherNamedSpeaker_namedConflictWithEveryEarlierCredit() {
    assertThat(conflictsWith("kremlin", AttributionConflict.Kind.NAMED)).contains("house", "grisham");
    assertThat(conflictsWith("house", AttributionConflict.Kind.NAMED)).contains("kremlin");
  }

  @Test
  void analyzeAll_anonymousSource_weakerKind() {
    assertThat(conflictsWith("official", AttributionConflict.Kind.ANONYMOUS)).contains("house", "kremlin");
    assertThat(conflictsWith("official", AttributionConflict.Kind.NAMED)).isEmpty();
  }

  @Test
  void analyzeAll_seedCreditsOneQuoteToTwoSpeakers_foundWithinTheArticle() {
    assertThat(found.get("004_b12aa63abad0d3a9").quality().conflictingAttributions()).anySatisfy(c -> {
      assertThat(c.otherArticle()).isEqualTo("004_b12aa63abad0d3a9");
      assertThat(c.speaker()).isEqualTo("Coats' office");
      assertThat(c.otherSpeaker()).isEqualTo("Central Intelligence Agency");
      assertThat(c.text()).startsWith("any interaction with foreign intelligence agencies");
    });
  }

  @Test
  void analyzeAll_seed_claimsWithoutAttributionListedAttributedOnesNot() {
    String text = docs.get("004_b12aa63abad0d3a9").text();
    Quality quality = found.get("004_b12aa63abad0d3a9").quality();
    List<String> unattributed = quality.unattributedClaims().stream().map(span -> span.of(text)).toList();

    assertThat(quality.claims()).isGreaterThan(unattributed.size());
    assertThat(unattributed).anyMatch(s -> s.startsWith("Naryshkin is among the senior Russian defense and intelligence officials"));
    assertThat(unattributed).noneMatch(s -> s.startsWith("Russian Ambassador to the U.S. Anatoly Antonov confirmed"));
    assertThat(unattributed).noneMatch(s -> s.contains("according to a USA official"));
  }

  @Test
  void analyzeAll_photoCaption_notAClaim() {
    String text = docs.get("000_a30fadd007fcd40e").text();
    List<Span> claims = found.get("000_a30fadd007fcd40e").quality().unattributedClaims();
    assertThat(claims).noneMatch(span -> span.of(text).startsWith("Donald Trump with Russia's President Vladimir Putin"));
  }
}
