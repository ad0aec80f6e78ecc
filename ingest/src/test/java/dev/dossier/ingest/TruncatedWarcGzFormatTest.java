package dev.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Article;
import dev.dossier.core.ErrorCode;
import dev.dossier.core.Rejection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcRecord;

class TruncatedWarcGzFormatTest extends FormatTestBase {

  @TempDir Path temp;

  @Override
  protected List<String> inputs() {
    return List.of(sample("warc_truncated/cut.warc.gz"));
  }

  @Override
  protected int expectedArticles() {
    return 2;
  }

  @Override
  protected int expectedRejections() {
    return 1;
  }

  @Test
  void open_lastRecordCut_oneRejectionNamingRecordAndUri() {
    Rejection rejection = rejections(read()).get(0);

    assertThat(rejection.code()).isEqualTo(ErrorCode.TRUNCATED_WARC);
    assertThat(rejection.input()).matches(Pattern.quote(sample("warc_truncated/cut.warc.gz")) + "#\\d+ <" + Pattern.quote(WarcFixtures.LOST_URI) + ">");
    assertThat(rejection.detail()).contains("stopped reading this file");
    assertThat(rejection.message()).endsWith("[E107]");
  }

  @Test
  void open_corruptMiddleRecord_rejectedAndReadingResumes() throws IOException {
    List<WarcRecord> records = WarcFixtures.records();
    WarcFixtures.Written written = WarcFixtures.write(records, true);
    byte[] bytes = written.bytes().clone();
    long spyStart = written.offsets().get(2);
    for (int i = 60; i < 90; i++) {
      bytes[(int) spyStart + i] ^= 0x5A;
    }
    Path damaged = temp.resolve("damaged.warc.gz");
    Files.write(damaged, bytes);

    List<ReadResult> results = readAll(Inputs.open(List.of(damaged.toString()), IngestOptions.NONE));

    assertThat(rejections(results)).singleElement().satisfies(rejection -> {
      assertThat(rejection.code()).isEqualTo(ErrorCode.TRUNCATED_WARC);
      assertThat(rejection.input()).startsWith(damaged + "#" + spyStart);
      assertThat(rejection.detail()).contains("resumed at offset " + written.offsets().get(3));
    });
    assertThat(articles(results)).extracting(Article::url).containsExactly(WarcFixtures.POMPEO_URI);
  }

  @Test
  void open_uncompressedRecordCut_rejectedWithItsUri() throws IOException {
    List<WarcRecord> records = WarcFixtures.records().subList(0, 4);
    byte[] whole = WarcFixtures.warc(records, false);
    Path cut = temp.resolve("cut.warc");
    Files.write(cut, Arrays.copyOf(whole, whole.length - 1500));

    List<ReadResult> results = readAll(Inputs.open(List.of(cut.toString()), IngestOptions.NONE));

    assertThat(articles(results)).extracting(Article::url).containsExactly(WarcFixtures.SPY_URI);
    assertThat(rejections(results)).singleElement().satisfies(rejection -> {
      assertThat(rejection.code()).isEqualTo(ErrorCode.TRUNCATED_WARC);
      assertThat(rejection.input()).endsWith("<" + WarcFixtures.POMPEO_URI + ">");
    });
  }

  @Test
  void open_truncatedThenGoodFile_nextFileStillRead() {
    List<ReadResult> results = readAll(Inputs.open(List.of(sample("warc_truncated/cut.warc.gz"), sample("txt/spy_extraction.txt")), IngestOptions.NONE));

    assertThat(articles(results)).hasSize(3);
    assertThat(articles(results).get(2).origin()).isEqualTo(sample("txt/spy_extraction.txt"));
  }
}
