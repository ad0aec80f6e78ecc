package dev.dossier.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Removal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nothing disappears silently: for the two seed articles, every removal is absent from the cleaned
 * text where it is said to have stood, and the cleaned text plus the removals hold every word of
 * the source, no more and no fewer.
 */
class SeedInvariantTest {

  private static String seed(String name) throws IOException {
    try (InputStream in = SeedInvariantTest.class.getResourceAsStream("/seeds/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Cleaned cleanSeed(String name) throws IOException {
    String source = seed(name);
    int newline = source.indexOf('\n');
    return Cleaner.standard().clean(source.substring(0, newline), source.substring(newline + 1));
  }

  private static Map<String, Integer> words(String text) {
    Map<String, Integer> counts = new HashMap<>();
    for (String word : TextNormalizer.normalize(text).split("\\s+")) {
      if (!word.isEmpty()) {
        counts.merge(word, 1, Integer::sum);
      }
    }
    return counts;
  }

  @ParameterizedTest
  @ValueSource(strings = {"000_a30fadd007fcd40e.txt", "004_b12aa63abad0d3a9.txt"})
  void clean_seed_everyRemovalAbsentWhereItStood(String name) throws IOException {
    Cleaned cleaned = cleanSeed(name);
    String text = cleaned.text();

    assertThat(cleaned.removed()).isNotEmpty();
    for (Removal removal : cleaned.removed()) {
      String removed = TextNormalizer.normalizeLine(removal.text());
      assertThat(text).as("cleaned text of %s", name).doesNotContain(removed);
      assertThat(removal.at()).isBetween(0, text.length());
      assertThat(removal.at() == text.length() || removal.at() == 0 || text.charAt(removal.at() - 1) == '\n')
          .as("%s stands at the start of a line", removal).isTrue();
      String around = text.substring(Math.max(0, removal.at() - 200), Math.min(text.length(), removal.at() + 200));
      assertThat(around).doesNotContain(removed);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"000_a30fadd007fcd40e.txt", "004_b12aa63abad0d3a9.txt"})
  void clean_seed_cleanedTextPlusRemovalsHoldEverySourceWord(String name) throws IOException {
    Cleaned cleaned = cleanSeed(name);
    List<String> parts = new ArrayList<>(List.of(cleaned.text()));
    cleaned.removed().forEach(removal -> parts.add(removal.text()));

    assertThat(words(String.join("\n", parts))).isEqualTo(words(seed(name)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"000_a30fadd007fcd40e.txt", "004_b12aa63abad0d3a9.txt"})
  void clean_seed_removesExactlyTheThreeMoreNewsLines(String name) throws IOException {
    Cleaned cleaned = cleanSeed(name);

    assertThat(cleaned.removed()).hasSize(3).allSatisfy(removal -> {
      assertThat(removal.reason()).isEqualTo(Reasons.LINK_SPAM);
      assertThat(removal.text()).startsWith("More news: ");
    });
    assertThat(Arrays.stream(cleaned.text().split("\n\n"))).allSatisfy(paragraph -> assertThat(paragraph).isNotBlank());
  }
}
