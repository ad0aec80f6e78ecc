package dev.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectoryWalkTest extends FormatTestBase {

  @Override
  protected List<String> inputs() {
    return List.of(sample("dir"));
  }

  @Override
  protected int expectedArticles() {
    return 4;
  }

  @Override
  protected int expectedRejections() {
    return 1;
  }

  @Test
  void open_directory_walkedRecursivelyInSortedOrder() {
    List<String> origins = read().stream()
        .map(result -> result instanceof ReadResult.Read read ? read.article().origin() : ((ReadResult.Rejected) result).rejection().input())
        .toList();

    assertThat(origins).containsExactly(
        sample("dir/a_first.txt"),
        sample("dir/b_sub/c_nested.jsonl") + ":1",
        sample("dir/b_sub/c_nested.jsonl") + ":2",
        sample("dir/d_notes.md"),
        sample("dir/e_page.htm"));
  }

  @Test
  void open_directory_hiddenFilesAndDirectoriesSkipped() {
    assertThat(read().toString()).doesNotContain(".hidden", "skipped.txt");
  }

  @Test
  void open_directory_unknownExtensionRejectedNotSkipped() {
    assertThat(rejections(read())).singleElement().satisfies(rejection -> {
      assertThat(rejection.code()).isEqualTo(ErrorCode.UNKNOWN_FORMAT);
      assertThat(rejection.input()).endsWith("d_notes.md");
    });
  }

  @Test
  void open_directory_bytesTotalIsSumOfReadableFiles() throws IOException {
    long expected = 0;
    for (String file : List.of("dir/a_first.txt", "dir/b_sub/c_nested.jsonl", "dir/e_page.htm")) {
      expected += Files.size(Path.of(sample(file)));
    }

    try (ArticleStream stream = open()) {
      assertThat(stream.bytesTotal()).isEqualTo(expected);
    }
  }
}
