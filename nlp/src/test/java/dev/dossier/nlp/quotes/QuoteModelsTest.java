package dev.dossier.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.core.Doc;
import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quote stage with cue models given as tables, on sentences of the Mueller report (public domain). */
class QuoteModelsTest {

  private static final String TEXT = "In other respects, McGahn could not comply with the President's request to dispute the story. "
      + "The President further knew that the investigation had broadened to include his own conduct and whether he had obstructed justice.";

  private static String resource(String name) throws IOException {
    try (InputStream in = QuoteModelsTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void withCueTables_theBundledTables_sameAttributionsAndFeaturesAsTheBundledStage() throws IOException {
    Doc doc = QuotesOf.analysed(TEXT);
    QuoteModels models = QuoteModels.withCueTables(resource("attribution-cue-model.tsv"), resource("nominal-cue-model.tsv"));

    List<ReviewedQuote> fromTables = KeepFeatures.reviewed(doc, models);

    assertThat(fromTables).isNotEmpty().isEqualTo(KeepFeatures.reviewed(doc));
    assertThat(new QuoteStage(models).process(doc).get(dev.dossier.core.Layers.QUOTES)).isEqualTo(new QuoteStage().process(doc).get(dev.dossier.core.Layers.QUOTES));
  }

  @Test
  void withCueTables_nominalModelThatAcceptsNothing_theRequestIsNoCueButKnewStays() throws IOException {
    Doc doc = QuotesOf.analysed(TEXT);
    QuoteModels models = QuoteModels.withCueTables(resource("attribution-cue-model.tsv"), "feature\tweight\nbias\t-30\n");

    List<ReviewedQuote> reviewed = KeepFeatures.reviewed(doc, models);

    assertThat(KeepFeatures.reviewed(doc)).anyMatch(r -> "request".equals(r.quote().cueText()));
    assertThat(reviewed).noneMatch(r -> "request".equals(r.quote().cueText()));
    assertThat(reviewed).anyMatch(r -> "knew".equals(r.quote().cueText()));
  }

  @Test
  void withCueTables_rowWithoutWeight_rejectedNamingTheLine() {
    assertThatThrownBy(() -> QuoteModels.withCueTables("# comment\nfeature\tweight\nbias\n", "feature\tweight\nbias\t0\n"))
        .isInstanceOf(DossierException.class).hasMessageContaining("cue table: line 3")
        .satisfies(e -> assertThat(((DossierException) e).code()).isEqualTo(ErrorCode.BAD_ARGUMENT));
  }
}
