package dev.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Article;
import dev.dossier.core.ErrorCode;
import dev.dossier.core.Rejection;
import dev.dossier.core.Removal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The real corpora in {@code ../shared/corpus} (research use only: read in place, never copied):
 * Reuters-21578 must read without rejections other than genuinely empty articles, and on the noisy
 * political-news articles cleaning must never take more than a modest share of an article. Prints
 * what it measured. Skipped when {@code ../shared} is absent, as in a fresh clone.
 */
class SharedCorpusTest {

  /** Cleaning may take at most this share of any article's characters. */
  private static final double MAX_REMOVED_SHARE = 0.6;

  /** And at most this share at the 99th percentile. */
  private static final double MAX_P99_SHARE = 0.2;

  /** What one run measured. */
  private record Run(List<Article> articles, List<Rejection> rejections, List<Double> shares, Map<String, Integer> removedChars, double seconds) {

    static Run of(Path input) {
      List<Article> articles = new ArrayList<>();
      List<Rejection> rejections = new ArrayList<>();
      long start = System.nanoTime();
      try (ArticleStream stream = Inputs.open(List.of(input.toString()), IngestOptions.NONE)) {
        while (stream.hasNext()) {
          switch (stream.next()) {
            case ReadResult.Read read -> articles.add(read.article());
            case ReadResult.Rejected rejected -> rejections.add(rejected.rejection());
          }
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      List<Double> shares = new ArrayList<>();
      Map<String, Integer> removedChars = new TreeMap<>();
      for (Article article : articles) {
        int removed = 0;
        for (Removal removal : article.removed()) {
          removed += removal.text().length();
          removedChars.merge(removal.reason(), removal.text().length(), Integer::sum);
        }
        shares.add((double) removed / (removed + article.text().length()));
      }
      Collections.sort(shares);
      return new Run(articles, rejections, shares, removedChars, seconds);
    }

    double share(double quantile) {
      return shares.get((int) Math.min(shares.size() - 1, Math.floor(quantile * shares.size())));
    }

    long articlesWithRemovals() {
      return shares.stream().filter(share -> share > 0).count();
    }

    void print(String name) {
      Map<ErrorCode, Integer> byCode = new TreeMap<>();
      rejections.forEach(rejection -> byCode.merge(rejection.code(), 1, Integer::sum));
      System.out.printf("%s: %d articles read, %d rejected %s, %.1f s (%.0f articles/s)%n",
          name, articles.size(), rejections.size(), byCode, seconds, (articles.size() + rejections.size()) / seconds);
      System.out.printf("%s: removed share per article: p50 %.3f, p90 %.3f, p99 %.3f, max %.3f; %d articles with removals; characters removed by reason %s%n",
          name, share(0.5), share(0.9), share(0.99), share(1.0), articlesWithRemovals(), removedChars);
    }
  }

  @Test
  @Tag("long")
  void open_reuters21578_readsEverythingButEmptyArticles() {
    Run run = Run.of(SharedData.locate("corpus/reuters21578/reuters21578.jsonl"));
    run.print("reuters21578");

    assertThat(run.rejections()).allSatisfy(rejection -> {
      assertThat(rejection.code()).isEqualTo(ErrorCode.EMPTY_ARTICLE);
      assertThat(rejection.detail()).isEqualTo("no title and no text");
    });
    assertThat(run.articles().size() + run.rejections().size()).isEqualTo(21_578);
    assertThat(run.share(1.0)).isLessThan(MAX_REMOVED_SHARE);
    assertThat(run.articles()).allSatisfy(article -> assertThat(article.published()).isNotNull());
  }

  @Test
  void open_politicalNews2016_cleaningTakesAModestShare() {
    Run run = Run.of(SharedData.locate("corpus/political_news_2016/articles.jsonl"));
    run.print("political_news_2016");

    assertThat(run.rejections()).isEmpty();
    assertThat(run.articles()).hasSize(1234);
    assertThat(run.share(0.99)).isLessThan(MAX_P99_SHARE);
    assertThat(run.share(1.0)).isLessThan(MAX_REMOVED_SHARE);
  }
}
