package dev.dossier.bench.jmh;

import dev.dossier.core.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The two seed articles Dossier is built around, bundled as resources: the first line of each is
 * its title, the rest its text. The files carry no date; each gets the date the NLP tests use for
 * it, close to the events it reports, so that relative dates resolve as they would in production.
 */
public final class Seeds {

  /** The seeds' names, in order. */
  public static final List<String> NAMES = List.of("000_a30fadd007fcd40e", "004_b12aa63abad0d3a9");

  private static final Map<String, LocalDate> PUBLISHED =
      Map.of("000_a30fadd007fcd40e", LocalDate.of(2019, 9, 10), "004_b12aa63abad0d3a9", LocalDate.of(2018, 2, 2));

  private Seeds() {}

  /**
   * A seed as an article.
   *
   * @throws IllegalArgumentException if there is no seed of that name
   */
  public static Article article(String name) {
    if (!PUBLISHED.containsKey(name)) {
      throw new IllegalArgumentException("no seed article '" + name + "'; seeds: " + NAMES);
    }
    String content;
    try (InputStream in = Seeds.class.getResourceAsStream("/dev/dossier/bench/seeds/" + name + ".txt")) {
      if (in == null) {
        throw new IllegalStateException("seed resource " + name + ".txt is missing from the classpath");
      }
      content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read seed " + name, e);
    }
    int newline = content.indexOf('\n');
    String title = newline < 0 ? content.strip() : content.substring(0, newline).strip();
    String text = newline < 0 ? "" : content.substring(newline + 1).strip();
    return new Article("seed-" + name, null, title, PUBLISHED.get(name), null, text, List.of(), "seed " + name, Integer.toHexString(content.hashCode()));
  }
}
