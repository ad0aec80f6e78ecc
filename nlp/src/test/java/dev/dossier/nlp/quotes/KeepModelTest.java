package dev.dossier.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Layers;
import dev.dossier.core.Quote;
import dev.dossier.core.QuoteKind;
import dev.dossier.core.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The keep model and the features it reads, on the seeds' sentences through the real pipeline. */
class KeepModelTest {

  // The seed article 000: reported speech with a partial quote inside, inverted after its content.
  private static final String SEED = "US extracted spy that confirmed Putin role in 2016 US vote\n\n"
      + "The decision to extract the informant was driven \"in part\" because of concerns that Trump and his administration had mishandled delicate intelligence, CNN reported.\n\n"
      + "President Donald Trump has privately and repeatedly expressed opposition to the use of foreign intelligence from covert sources, according to multiple senior officials who served under Trump.";

  private static List<ReviewedQuote> reviewed(String text) {
    return KeepFeatures.reviewed(QuotesOf.analysed(text));
  }

  private static ReviewedQuote containing(List<ReviewedQuote> reviewed, String words, QuoteKind kind) {
    return reviewed.stream().filter(r -> r.quote().kind() == kind && r.quote().text().contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " quote holding '" + words + "' in " + reviewed));
  }

  @Test
  void reviewed_invertedSpeechVerbAndAccordingTo_featuresNameKindWayCueSpeakerAndPlace() {
    List<ReviewedQuote> reviewed = reviewed(SEED);

    ReviewedQuote cnn = containing(reviewed, "The decision to extract the informant", QuoteKind.REPORTED);
    assertThat(cnn.features()).contains("bias", "kind=reported", "via=listed-speech", "cue=report", "cue-tag=VBD", "cue-at=after", "cue-same-sentence",
        "place=lead", "quoted=some", "sentences=1", "length=21-40", "voice=report", "overlap=apart");
    ReviewedQuote officials = containing(reviewed, "expressed opposition", QuoteKind.REPORTED);
    assertThat(officials.features()).contains("via=according-to", "cue=accord", "speaker=anonymous", "cue-at=after", "quoted=none");
    assertThat(reviewed).allSatisfy(r -> assertThat(r.features()).noneMatch(f -> f.contains("CNN") || f.contains("Trump") || f.contains("informant")));
  }

  /**
   * What was said is a clause or only a noun phrase ("confirmed Putin role in …"), and who the
   * speaker's entity is: a verb with a noun-phrase object is far less often a report of speech.
   */
  @Test
  void reviewed_clauseAndNounPhraseContents_featuresNameTheShapeAndTheSpeakersEntityType() {
    List<ReviewedQuote> reviewed = reviewed(SEED);

    ReviewedQuote cnn = containing(reviewed, "The decision to extract the informant", QuoteKind.REPORTED);
    assertThat(cnn.features()).contains("content-shape=clause", "cue+shape=report|clause", "speaker-entity=organization");
    ReviewedQuote headline = containing(reviewed, "Putin role in 2016 US vote", QuoteKind.REPORTED);
    assertThat(headline.features()).contains("content-shape=phrase", "cue+shape=confirm|phrase");
    ReviewedQuote opposition = reviewed.stream().filter(r -> r.quote().text().startsWith("opposition to the use")).findFirst().orElseThrow();
    assertThat(opposition.features()).contains("speaker-entity=person");
  }

  @Test
  void process_seedAttributionsWithTheBundledModel_keptWithAProbabilityAboveTheThreshold() {
    List<ReviewedQuote> reviewed = reviewed(SEED);
    KeepModel model = KeepModel.standard();

    ReviewedQuote cnn = containing(reviewed, "The decision to extract the informant", QuoteKind.REPORTED);
    assertThat(model.probability(cnn.features())).isBetween(KeepModel.THRESHOLD, 1.0);
    assertThat(QuotesOf.analysed(SEED).get(Layers.QUOTES)).extracting(Quote::text).contains(cnn.quote().text());
  }

  @Test
  void kept_reportedSpeechLeftOut_thePartialQuoteInsideGoesWithIt() {
    List<ReviewedQuote> reviewed = reviewed(SEED);
    KeepModel noReported = new KeepModel(Map.of("bias", 3.0, "kind=reported", -6.0), 0.5);

    List<Quote> kept = noReported.kept(reviewed);

    assertThat(containing(reviewed, "in part", QuoteKind.PARTIAL)).isNotNull();
    assertThat(kept).noneMatch(q -> q.kind() == QuoteKind.REPORTED);
    assertThat(kept).noneMatch(q -> q.text().equals("in part"));
    assertThat(new KeepModel(Map.of("bias", 3.0), 0.5).kept(reviewed)).extracting(Quote::text).contains("in part");
  }

  @Test
  void probability_unknownFeaturesOnly_theBiasAlone() {
    KeepModel model = new KeepModel(Map.of("bias", -1.0, "via=listed-speech", 3.0), 0.5);

    assertThat(model.probability(List.of("bias", "via=unheard-of"))).isCloseTo(1 / (1 + Math.exp(1)), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(model.keeps(List.of("bias", "via=listed-speech"))).isTrue();
    assertThat(model.keeps(List.of("bias"))).isFalse();
  }
  // The Mueller report, Volume II: a verb of saying with its addressee and what was said.
  private static final String MUELLER = "Priebus told Flynn he had to resign.";

  private static ReviewedQuote reported(String words, String via) {
    int start = MUELLER.indexOf(words);
    Span content = new Span(start, start + words.length());
    return new ReviewedQuote(Quote.of(MUELLER, List.of(content), QuoteKind.REPORTED, null, new Span(8, 12), null), List.of("bias", via));
  }

  /**
   * Two readings of one content (here the addressee taken into it or not) claim the same words:
   * an annotator marks the attribution once, so only the likelier reading is emitted, though the
   * model would keep each alone.
   */
  @Test
  void kept_twoReadingsOfOneContent_onlyTheLikelierKept() {
    ReviewedQuote right = reported("he had to resign", "via=listed-speech");
    ReviewedQuote wider = reported("Flynn he had to resign", "via=learned");
    KeepModel model = new KeepModel(Map.of("bias", 0.0, "via=listed-speech", 2.0, "via=learned", 1.0), 0.3);

    assertThat(model.keeps(wider.features())).isTrue();
    assertThat(KeepModel.dice(right.quote(), wider.quote())).isGreaterThan(KeepModel.RIVAL_DICE);
    assertThat(model.kept(List.of(wider, right))).extracting(Quote::text).containsExactly("he had to resign");
  }

  /** Contents that share less than the matching rule's overlap can be two attributions, and both are kept. */
  @Test
  void kept_contentsOverlappingLittle_bothKept() {
    ReviewedQuote outer = reported("Flynn he had to resign", "via=listed-speech");
    ReviewedQuote inner = reported("resign", "via=learned");
    KeepModel model = new KeepModel(Map.of("bias", 0.0, "via=listed-speech", 2.0, "via=learned", 1.0), 0.3);

    assertThat(model.kept(List.of(outer, inner))).hasSize(2);
  }
}
