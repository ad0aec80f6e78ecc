package dev.dossier.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.ingest.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text written one paragraph a line, as web articles and PolNeAR's are, is never read as
 * hard-wrapped: no line of it is joined. PolNeAR is read from {@code ../shared/eval/polnear} where
 * it lies (gold data is never copied here); skipped when it is absent.
 */
class UnwrappedCorporaTest {

  private static List<Cleaned> clean(Path file) throws IOException {
    return JsonlText.read(file).stream().map(JsonlText::cleaned).toList();
  }

  @Test
  void clean_polnear_noLineJoined() throws IOException {
    List<Cleaned> dev = clean(SharedData.locate("eval/polnear/dev.jsonl"));
    List<Cleaned> train = clean(SharedData.locate("eval/polnear/train.jsonl"));

    assertThat(dev).hasSize(84).allSatisfy(cleaned -> assertThat(cleaned.joinedLines()).isZero());
    assertThat(train).hasSize(840).allSatisfy(cleaned -> assertThat(cleaned.joinedLines()).isZero());
  }

  @Test
  void clean_politicalNews_onlyTheFewWrappedArticlesJoined() throws IOException {
    List<Cleaned> articles = clean(SharedData.locate("corpus/political_news_2016/articles.jsonl"));
    long wrapped = articles.stream().filter(cleaned -> cleaned.joinedLines() > 0).count();
    System.out.printf("political_news_2016: %d of %d articles with lines joined%n", wrapped, articles.size());

    assertThat(wrapped).isLessThan(articles.size() / 40);
  }
}
