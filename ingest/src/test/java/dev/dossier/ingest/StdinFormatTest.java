package dev.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Article;
import dev.dossier.core.ErrorCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Standard input: the gzipped JSONL sample through the base tests, and each other format sniffed. */
class StdinFormatTest extends FormatTestBase {

  @Override
  protected List<String> inputs() {
    return List.of("-");
  }

  @Override
  protected InputStream stdin() {
    return new ByteArrayInputStream(bytes("stdin/wire.jsonl.gz"));
  }

  @Override
  protected int expectedArticles() {
    return 6;
  }

  private static byte[] bytes(String sample) {
    try {
      return Files.readAllBytes(Path.of(sample(sample)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<ReadResult> readStdin(byte[] bytes) {
    return readAll(Inputs.open(List.of("-"), IngestOptions.NONE, new ByteArrayInputStream(bytes)));
  }

  @Test
  void open_stdin_bytesTotalUnknownAndOriginsNameStdin() {
    try (ArticleStream stream = open()) {
      assertThat(stream.bytesTotal()).isEqualTo(-1);
      assertThat(stream.next()).isInstanceOfSatisfying(ReadResult.Read.class, read -> assertThat(read.article().origin()).isEqualTo("<stdin>:1"));
    }
  }

  @Test
  void open_plainTextOnStdin_sniffedAsText() {
    assertThat(articles(readStdin(bytes("txt/spy_extraction.txt")))).singleElement().satisfies(article -> {
      assertThat(article.origin()).isEqualTo("<stdin>");
      assertThat(article.title()).isEqualTo("US extracted spy that confirmed Putin role in 2016 US vote");
    });
  }

  @Test
  void open_htmlOnStdin_sniffedAsHtml() {
    Article fromFile = articles(readAll(Inputs.open(List.of(sample("html/spy_extraction.html")), IngestOptions.NONE))).get(0);

    assertThat(articles(readStdin(bytes("html/spy_extraction.html")))).singleElement()
        .satisfies(article -> assertThat(article.contentHash()).isEqualTo(fromFile.contentHash()));
  }

  @Test
  void open_warcAndWarcGzOnStdin_sniffedAsWarc() {
    assertThat(articles(readStdin(bytes("warc/crawl.warc")))).extracting(Article::url)
        .containsExactly(WarcFixtures.SPY_URI, WarcFixtures.POMPEO_URI);
    assertThat(articles(readStdin(bytes("warc_gz/crawl.warc.gz")))).extracting(Article::origin)
        .allSatisfy(origin -> assertThat(origin).matches("<stdin>#\\d+ <http.*>"));
  }

  @Test
  void open_truncatedWarcOnStdin_stopsWithOneRejection() {
    List<ReadResult> results = readStdin(bytes("warc_truncated/cut.warc.gz"));

    assertThat(articles(results)).hasSize(2);
    assertThat(rejections(results)).singleElement().satisfies(rejection -> {
      assertThat(rejection.code()).isEqualTo(ErrorCode.TRUNCATED_WARC);
      assertThat(rejection.input()).startsWith("<stdin>#");
      assertThat(rejection.detail()).contains("cannot resume in a stream");
    });
  }

  @Test
  void open_emptyStdin_rejectedAsEmptyArticle() {
    assertThat(rejections(readStdin(new byte[0]))).singleElement()
        .satisfies(rejection -> assertThat(rejection.message()).isEqualTo("<stdin>: empty article: no title and no text [E105]"));
  }
}
