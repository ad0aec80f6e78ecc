package dev.dossier.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PipelineTest {

  private static final Article ARTICLE =
      new Article(
          "a1",
          null,
          "Russian spy chief met U.S. officials",
          null,
          null,
          "Antonov did not identify the US intelligence officials. Pompeo told the BBC.",
          List.of(),
          "test",
          "hash");

  /** Splits on whitespace: a real, if crude, tokenizer, enough to exercise the pipeline. */
  static final class WhitespaceTokens implements Stage {
    final AtomicInteger runs = new AtomicInteger();
    final int version;

    WhitespaceTokens(int version) {
      this.version = version;
    }

    @Override public String name() { return "whitespace"; }
    @Override public int version() { return version; }
    @Override public Set<Layer<?>> reads() { return Set.of(); }
    @Override public Set<Layer<?>> writes() { return Set.of(Layers.TOKENS); }

    @Override
    public Doc process(Doc doc) {
      runs.incrementAndGet();
      List<Token> tokens = new ArrayList<>();
      Matcher m = Pattern.compile("\\S+").matcher(doc.text());
      while (m.find()) {
        tokens.add(new Token(new Span(m.start(), m.end()), m.group(), null, null));
      }
      return doc.with(Layers.TOKENS, tokens, producer());
    }
  }

  /** Capitalised tokens after the first one become MISC mentions. */
  static final class CapitalisedMentions implements Stage {
    final AtomicInteger runs = new AtomicInteger();

    @Override public String name() { return "capitalised"; }
    @Override public int version() { return 1; }
    @Override public Set<Layer<?>> reads() { return Set.of(Layers.TOKENS); }
    @Override public Set<Layer<?>> writes() { return Set.of(Layers.MENTIONS); }

    @Override
    public Doc process(Doc doc) {
      runs.incrementAndGet();
      List<Mention> mentions = new ArrayList<>();
      for (Token token : doc.get(Layers.TOKENS)) {
        if (Character.isUpperCase(token.word().charAt(0))) {
          mentions.add(new Mention(token.span(), token.span().of(doc.text()), EntityType.MISC));
        }
      }
      return doc.with(Layers.MENTIONS, mentions, producer());
    }
  }

  @Test
  void of_readsLayerNobodyWrites_failsNamingStageAndLayer() {
    assertThatThrownBy(() -> Pipeline.of(new CapitalisedMentions()))
        .isInstanceOf(DossierException.class)
        .hasMessageContaining("'capitalised'")
        .hasMessageContaining("'tokens'")
        .extracting(e -> ((DossierException) e).code())
        .isEqualTo(ErrorCode.STAGE_INPUT_MISSING);
  }

  @Test
  void of_twoStagesWriteOneLayer_fails() {
    assertThatThrownBy(() -> Pipeline.of(new WhitespaceTokens(1), new WhitespaceTokens(2)))
        .isInstanceOf(DossierException.class)
        .extracting(e -> ((DossierException) e).code())
        .isEqualTo(ErrorCode.LAYER_WRITTEN_TWICE);
  }

  @Test
  void of_noStages_fails() {
    assertThatThrownBy(() -> Pipeline.of(List.of())).isInstanceOf(DossierException.class);
  }

  @Test
  void process_article_recordsProducerOfEveryLayer() {
    Doc doc = Pipeline.of(new WhitespaceTokens(1), new CapitalisedMentions()).process(ARTICLE);

    assertThat(doc.producer(Layers.TOKENS)).contains(new Producer("whitespace", 1));
    assertThat(doc.producer(Layers.MENTIONS)).contains(new Producer("capitalised", 1));
    assertThat(doc.get(Layers.MENTIONS)).extracting(Mention::text).containsExactly("Antonov", "US", "Pompeo", "BBC.");
  }

  @Test
  void process_upToDateDoc_runsNothingAgain() {
    WhitespaceTokens tokens = new WhitespaceTokens(1);
    CapitalisedMentions mentions = new CapitalisedMentions();
    Pipeline pipeline = Pipeline.of(tokens, mentions);
    Doc doc = pipeline.process(ARTICLE);

    pipeline.process(doc);

    assertThat(tokens.runs).hasValue(1);
    assertThat(mentions.runs).hasValue(1);
  }

  @Test
  void process_droppedLayer_rerunsOnlyThatStage() {
    WhitespaceTokens tokens = new WhitespaceTokens(1);
    CapitalisedMentions mentions = new CapitalisedMentions();
    Pipeline pipeline = Pipeline.of(tokens, mentions);
    Doc doc = pipeline.process(ARTICLE);

    Doc again = pipeline.process(doc.without(Layers.MENTIONS));

    assertThat(tokens.runs).hasValue(1);
    assertThat(mentions.runs).hasValue(2);
    assertThat(again.get(Layers.MENTIONS)).hasSize(4);
  }

  @Test
  void process_newerVersionOfEarlyStage_rerunsItAndEveryLaterStage() {
    CapitalisedMentions mentions = new CapitalisedMentions();
    Doc doc = Pipeline.of(new WhitespaceTokens(1), mentions).process(ARTICLE);

    Doc again = Pipeline.of(new WhitespaceTokens(2), mentions).process(doc);

    assertThat(again.producer(Layers.TOKENS)).contains(new Producer("whitespace", 2));
    assertThat(mentions.runs).hasValue(2);
  }

  @Test
  void process_stageForgetsItsLayer_failsNamingStage() {
    Stage forgetful =
        new Stage() {
          @Override public String name() { return "forgetful"; }
          @Override public int version() { return 1; }
          @Override public Set<Layer<?>> reads() { return Set.of(); }
          @Override public Set<Layer<?>> writes() { return Set.of(Layers.DATES); }
          @Override public Doc process(Doc doc) { return doc; }
        };

    assertThatThrownBy(() -> Pipeline.of(forgetful).process(ARTICLE))
        .isInstanceOf(DossierException.class)
        .hasMessageContaining("forgetful@1")
        .hasMessageContaining("'dates'");
  }

  @Test
  void with_spanPastEndOfText_failsNamingDocument() {
    Doc doc = Doc.of(ARTICLE);
    Token outside = new Token(new Span(70, 200), "x", null, null);

    assertThatThrownBy(() -> doc.with(Layers.TOKENS, List.of(outside), new Producer("bad", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a1");
  }

  @Test
  void get_absentLayer_failsNamingLayer() {
    assertThatThrownBy(() -> Doc.of(ARTICLE).get(Layers.ENTITIES)).hasMessageContaining("'entities'");
  }
}
