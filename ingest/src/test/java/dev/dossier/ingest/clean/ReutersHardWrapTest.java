package dev.dossier.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Removal;
import dev.dossier.ingest.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Joining hard-wrapped lines on the whole of Reuters-21578, newswire wrapped at about 70
 * characters with paragraphs opened by an indent or an {@code &\t} residue: most articles are read
 * as wrapped, every paragraph start keeps its line, no residue is left, and the lines joined are
 * the continuations of sentences. Reuters-21578 is for research use only, so it is read where it
 * lies and never copied here; the test skips when {@code ../shared} is absent. Prints what it
 * measured (docs/EVALUATION.md quotes it).
 */
class ReutersHardWrapTest {

  private record Article(String title, String text, Cleaned cleaned) {}

  private static List<Article> articles;

  @BeforeAll
  static void clean() throws IOException {
    Path corpus = SharedData.locate("corpus/reuters21578/reuters21578.jsonl");
    articles = new ArrayList<>();
    for (JsonlText article : JsonlText.read(corpus)) {
      articles.add(new Article(article.title(), article.text(), article.cleaned()));
    }
    long wrapped = articles.stream().filter(a -> a.cleaned().joinedLines() > 0).count();
    long joined = articles.stream().mapToLong(a -> a.cleaned().joinedLines()).sum();
    long lines = articles.stream().mapToLong(a -> a.text().lines().filter(l -> !l.isBlank()).count()).sum();
    long residues = articles.stream().flatMap(a -> a.cleaned().removed().stream()).filter(r -> r.reason().equals(Reasons.ESCAPE_RESIDUE)).count();
    System.out.printf("reuters21578: %d articles, %d with lines joined; %d of %d non-empty lines joined to the line before; %d escape residues removed%n",
        articles.size(), wrapped, joined, lines, residues);
  }

  @Test
  void clean_reuters_mostArticlesReadAsWrapped() {
    long withText = articles.stream().filter(a -> a.text().lines().count() >= HardWrap.MIN_LINES).count();
    long wrapped = articles.stream().filter(a -> a.cleaned().joinedLines() > 0).count();

    assertThat(wrapped).isGreaterThan(withText * 7 / 10);
  }

  @Test
  void clean_reuters_noEscapeResidueLeft() {
    assertThat(articles).allSatisfy(a -> assertThat(a.cleaned().text()).doesNotContain("&\\t"));
  }

  @Test
  void clean_reuters_everyIndentedLineStillOpensALine() {
    for (Article article : articles) {
      Set<String> lineStarts = new HashSet<>(article.cleaned().text().lines().toList());
      String text = article.cleaned().text();
      for (String line : article.text().split("\n")) {
        boolean opens = line.startsWith("  ") || line.startsWith("&\\t");
        String normalized = TextNormalizer.normalizeLine(line.substring(EscapeResidue.prefixLength(line)));
        if (opens && !normalized.isEmpty() && text.contains(normalized)) {
          assertThat(text.startsWith(normalized) || text.contains("\n" + normalized) || lineStarts.contains(normalized))
              .as("a paragraph start keeps its line in '%s': %s", article.title(), normalized).isTrue();
        }
      }
    }
  }

  @Test
  void clean_reuters_joinsContinueSentences() {
    int joins = 0;
    int afterSentenceEnd = 0;
    for (Article article : articles) {
      List<String> source = article.text().lines().map(l -> TextNormalizer.normalizeLine(l.substring(EscapeResidue.prefixLength(l)))).filter(l -> !l.isEmpty()).toList();
      for (int i = 1; i < source.size(); i++) {
        if (article.cleaned().text().contains(source.get(i - 1) + " " + source.get(i))) {
          joins++;
          afterSentenceEnd += Words.endsSentence(source.get(i - 1)) ? 1 : 0;
        }
      }
    }
    System.out.printf("reuters21578: %d joins found again, %.1f%% after a line that ends a sentence%n", joins, 100.0 * afterSentenceEnd / joins);
    assertThat(afterSentenceEnd).isLessThan(joins / 5);
  }

  @Test
  void clean_reuters_removalsPointIntoText() {
    assertThat(articles).allSatisfy(a -> assertThat(a.cleaned().removed()).allSatisfy(
        (Removal r) -> assertThat(r.at()).isBetween(0, a.cleaned().text().length())));
  }
}
