package dev.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Article;
import dev.dossier.core.Rejection;
import dev.dossier.core.Removal;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every input format must do, tested on its sample files under {@code sample_docs/<format>/}.
 * Each format's test extends this class, names its samples and what they hold, and adds tests of
 * its own peculiarities.
 */
abstract class FormatTestBase {

  /** The inputs to read: paths from {@link #sample}, or {@code "-"}. */
  protected abstract List<String> inputs();

  protected abstract int expectedArticles();

  protected int expectedRejections() {
    return 0;
  }

  /** What {@code "-"} reads; a fresh stream for every call. */
  protected InputStream stdin() {
    return new ByteArrayInputStream(new byte[0]);
  }

  /** The absolute path of a sample file or directory, as a string. */
  static String sample(String relative) {
    return sampleDocs().resolve(relative).toString();
  }

  static Path sampleDocs() {
    try {
      return Path.of(FormatTestBase.class.getResource("/sample_docs").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<ReadResult> readAll(ArticleStream stream) {
    List<ReadResult> results = new ArrayList<>();
    try (stream) {
      while (stream.hasNext()) {
        results.add(stream.next());
      }
    }
    return results;
  }

  static List<Article> articles(List<ReadResult> results) {
    return results.stream().filter(ReadResult.Read.class::isInstance).map(r -> ((ReadResult.Read) r).article()).toList();
  }

  static List<Rejection> rejections(List<ReadResult> results) {
    return results.stream().filter(ReadResult.Rejected.class::isInstance).map(r -> ((ReadResult.Rejected) r).rejection()).toList();
  }

  protected ArticleStream open() {
    return Inputs.open(inputs(), IngestOptions.NONE, stdin());
  }

  protected List<ReadResult> read() {
    return readAll(open());
  }

  protected List<Article> readArticles() {
    return articles(read());
  }

  @Test
  void open_samples_giveExpectedArticlesAndRejections() {
    List<ReadResult> results = read();

    assertThat(articles(results)).hasSize(expectedArticles());
    assertThat(rejections(results)).hasSize(expectedRejections());
  }

  @Test
  void open_samplesReadTwice_giveSameIdsAndHashes() {
    List<Article> first = readArticles();
    List<Article> second = readArticles();

    assertThat(second).extracting(Article::id).containsExactlyElementsOf(first.stream().map(Article::id).toList());
    assertThat(second).extracting(Article::contentHash).containsExactlyElementsOf(first.stream().map(Article::contentHash).toList());
  }

  @Test
  void open_samples_everyArticleIsWellFormed() {
    for (Article article : readArticles()) {
      String text = article.text();
      assertThat(article.id()).as("id of %s", article.origin()).isNotBlank();
      assertThat(article.contentHash()).as("hash of %s", article.origin()).matches("[0-9a-f]{64}");
      assertThat(text).as("text of %s", article.origin())
          .startsWith(article.title())
          .doesNotContain("\r", "\n\n\n", " \n", "\u00a0", "\u200b", "\ufeff")
          .isEqualTo(text.strip());
      if (!article.title().isEmpty() && text.length() > article.title().length()) {
        assertThat(text.substring(article.title().length())).startsWith("\n\n");
      }
      int previous = 0;
      for (Removal removal : article.removed()) {
        assertThat(removal.at()).as("removal %s in %s", removal, article.origin()).isBetween(previous, text.length());
        assertThat(removal.text()).isNotBlank();
        previous = removal.at();
      }
    }
  }

  @Test
  void open_samples_originsAndRejectionsNameTheirInput() {
    List<ReadResult> results = read();
    List<String> names = inputs().stream().map(input -> input.equals("-") ? Input.Stdin.NAME : input).toList();

    for (Article article : articles(results)) {
      assertThat(names).anySatisfy(name -> assertThat(article.origin()).startsWith(name));
    }
    for (Rejection rejection : rejections(results)) {
      assertThat(names).anySatisfy(name -> assertThat(rejection.input()).startsWith(name));
      assertThat(rejection.message()).startsWith(rejection.input() + ": " + rejection.code().summary()).endsWith("[" + rejection.code().code() + "]");
    }
  }

  @Test
  void open_samples_bytesReadGrowsToTotal() {
    try (ArticleStream stream = open()) {
      long last = 0;
      while (stream.hasNext()) {
        stream.next();
        assertThat(stream.bytesRead()).isGreaterThanOrEqualTo(last);
        last = stream.bytesRead();
      }
      if (stream.bytesTotal() >= 0) {
        assertThat(stream.bytesRead()).isEqualTo(stream.bytesTotal());
      } else {
        assertThat(stream.bytesRead()).isPositive();
      }
    }
  }
}
