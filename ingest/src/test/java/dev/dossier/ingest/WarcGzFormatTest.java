package dev.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarcGzFormatTest extends FormatTestBase {

  @Override
  protected List<String> inputs() {
    return List.of(sample("warc_gz/crawl.warc.gz"));
  }

  @Override
  protected int expectedArticles() {
    return 2;
  }

  @Test
  void open_compressedCrawl_sameArticlesAsUncompressed() {
    List<Article> plain = articles(readAll(Inputs.open(List.of(sample("warc/crawl.warc")), IngestOptions.NONE)));

    assertThat(readArticles()).extracting(Article::contentHash).containsExactlyElementsOf(plain.stream().map(Article::contentHash).toList());
    assertThat(readArticles()).extracting(Article::id).containsExactlyElementsOf(plain.stream().map(Article::id).toList());
  }

  @Test
  void open_compressedCrawl_offsetsAreGzipMemberStarts() {
    assertThat(readArticles()).extracting(Article::origin).allSatisfy(origin -> assertThat(origin).matches(".*crawl\\.warc\\.gz#\\d+ <http.*>"));
  }
}
