package dev.dossier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Article;
import dev.dossier.core.Doc;
import dev.dossier.core.ErrorCode;
import dev.dossier.core.Layer;
import dev.dossier.core.Layers;
import dev.dossier.core.Pipeline;
import dev.dossier.core.Rejection;
import dev.dossier.core.Stage;
import dev.dossier.core.Token;
import dev.dossier.ingest.ReadResult;
import dev.dossier.nlp.TokenStage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnalyzerTest {

  private static final List<String> SENTENCES = List.of(
      "The decision to extract the informant was driven in part by concerns that Trump had mishandled intelligence, CNN reported.",
      "It is not yet known how the extraction was eventually carried out.",
      "The agent could now be moved elsewhere to protect him.",
      "Antonov did not identify the US intelligence officials with whom he met.",
      "Pompeo also said he does not back away from hard issues in Russian-US relations.",
      "News of Naryshkin's secret visit poured fresh fuel on the battles pitting the Trump administration against Democrats.");

  private static Article article(int i) {
    return new Article("a" + i, null, "", null, null, SENTENCES.get(i % SENTENCES.size()), List.of(), "feed.jsonl:" + (i + 1), "h" + i);
  }

  private static final class Collecting implements Analyzer.Sink {
    final List<Object> results = new ArrayList<>();

    @Override
    public void accept(Doc doc) {
      results.add(doc);
    }

    @Override
    public void reject(Rejection rejection) {
      results.add(rejection);
    }
  }

  @Test
  void run_manyArticlesOnFourThreads_resultsInInputOrder() {
    List<ReadResult> input = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      input.add(i % 7 == 3
          ? new ReadResult.Rejected(new Rejection("feed.jsonl:" + (i + 1), ErrorCode.MALFORMED_JSON, "unexpected end"))
          : new ReadResult.Read(article(i)));
    }
    Collecting sink = new Collecting();

    new Analyzer(Pipeline.of(new TokenStage()), 4).run(input.iterator(), sink);

    assertThat(sink.results).hasSize(40);
    for (int i = 0; i < 40; i++) {
      Object result = sink.results.get(i);
      if (i % 7 == 3) {
        assertThat(result).isInstanceOf(Rejection.class);
      } else {
        assertThat(((Doc) result).id()).isEqualTo("a" + i);
        assertThat(((Doc) result).get(Layers.TOKENS)).isNotEmpty();
      }
    }
  }

  @Test
  void run_stageThrowsOnOneArticle_thatArticleRejectedNamingItsOriginAndTheRestGoOn() {
    Stage failsOnAntonov = new Stage() {
      @Override public String name() { return "picky"; }
      @Override public int version() { return 1; }
      @Override public Set<Layer<?>> reads() { return Set.of(Layers.TOKENS); }
      @Override public Set<Layer<?>> writes() { return Set.of(Layers.DATES); }

      @Override
      public Doc process(Doc doc) {
        for (Token token : doc.get(Layers.TOKENS)) {
          if (token.word().equals("Antonov")) {
            throw new IllegalStateException("cannot handle " + token.word());
          }
        }
        return doc.with(Layers.DATES, List.of(), producer());
      }
    };
    Collecting sink = new Collecting();
    List<ReadResult> input = new ArrayList<>();
    for (int i = 0; i < SENTENCES.size(); i++) {
      input.add(new ReadResult.Read(article(i)));
    }

    new Analyzer(Pipeline.of(new TokenStage(), failsOnAntonov), 2).run(input.iterator(), sink);

    assertThat(sink.results).hasSize(SENTENCES.size());
    Rejection rejection = (Rejection) sink.results.get(3);
    assertThat(rejection.code()).isEqualTo(ErrorCode.ARTICLE_FAILED);
    assertThat(rejection.message()).startsWith("feed.jsonl:4: analysis failed: article a3").contains("cannot handle Antonov");
    assertThat(sink.results).filteredOn(Doc.class::isInstance).hasSize(SENTENCES.size() - 1);
  }
}
