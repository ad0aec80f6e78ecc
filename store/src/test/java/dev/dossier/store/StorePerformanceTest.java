package dev.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.core.Article;
import dev.dossier.core.DateMention;
import dev.dossier.core.Doc;
import dev.dossier.core.Entity;
import dev.dossier.core.EntityType;
import dev.dossier.core.Layers;
import dev.dossier.core.Mention;
import dev.dossier.core.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures commit throughput, search latency, reopening and rebuilding on a few thousand
 * articles, and prints the numbers. Tagged {@code long}: run with {@code mvn -Plong}. Asserts only
 * correctness, never timings, which depend on the machine.
 */
@Tag("long")
class StorePerformanceTest {

  private static final int BATCH = 100;

  @TempDir Path dir;

  /** Seed-sized articles (eight real paragraphs, ~3.5 kB, ~30 entities) assembled from the seeds. */
  @Test
  void measure_seedLikeArticles() throws IOException {
    List<Doc> docs = new ArrayList<>();
    for (int n = 0; n < 3000; n++) {
      Doc short1 = Fixtures.generated("p-" + n, "pp" + n, n);
      Doc short2 = Fixtures.generated("q-" + n, "qq" + n, n + 17);
      Doc short3 = Fixtures.generated("r-" + n, "rr" + n, n + 31);
      String text = short1.text() + "\n\n" + short2.text() + "\n\n" + short3.text();
      docs.add(Fixtures.doc("p-" + n, short1.article().title(), text, short1.article().published(), short1.article().source(), List.of(),
          Map.of("May 2017", "2017-05", "2016", "2016", "Thursday", "2018-02-01", "2014", "2014")));
    }
    measure("seed-like", docs, List.of("intelligence", "\"nerve agent\"", "putin AND kremlin", "sanctions -korea", "pompeo OR schumer", "spy*"));
  }

  /** The Reuters-21578 newswire from ../shared (research use only: read in place, never copied), with crude entity layers. */
  @Test
  void measure_reutersArticles() throws IOException {
    Path corpus = findShared("corpus/reuters21578/reuters21578.jsonl");
    assumeTrue(corpus != null, "../shared/corpus/reuters21578 is not present");
    ObjectMapper json = new ObjectMapper();
    List<Doc> docs = new ArrayList<>();
    try (BufferedReader lines = Files.newBufferedReader(corpus)) {
      for (String line; (line = lines.readLine()) != null && docs.size() < 5000; ) {
        JsonNode record = json.readTree(line);
        String text = record.path("text").asText("").replace("&\\t", "").strip();
        if (text.length() < 200) {
          continue;
        }
        docs.add(reuters(record, text));
      }
    }
    measure("reuters", docs, List.of("oil prices", "\"interest rates\"", "opec AND saudi", "trade -japan", "wheat OR corn", "bank*"));
  }

  private static Doc reuters(JsonNode record, String text) {
    String id = "reuters-" + record.path("newid").asText();
    String title = record.path("title").asText("");
    LocalDate published = LocalDate.of(1987, 2, 26).plusDays(Integer.parseInt(record.path("newid").asText()) % 120);
    Article article = new Article(id, null, title, published, "Reuters", text, List.of(), "reuters21578:" + id, Fixtures.hash(title, text, published, "Reuters"));
    // Capitalised word runs stand in for a recogniser's output: about the same volume of rows.
    Map<String, List<Mention>> byName = new LinkedHashMap<>();
    Matcher names = Pattern.compile("\\b[A-Z][a-z]+(?: [A-Z][a-z]+)*\\b").matcher(text);
    EntityType[] types = EntityType.values();
    while (names.find()) {
      String name = names.group();
      EntityType type = types[Math.floorMod(name.hashCode(), types.length)];
      byName.computeIfAbsent(name, k -> new ArrayList<>()).add(new Mention(new Span(names.start(), names.end()), name, type));
    }
    List<Entity> entities = new ArrayList<>();
    byName.forEach((name, mentions) -> {
      EntityType type = mentions.getFirst().type();
      entities.add(new Entity(type.name().toLowerCase(Locale.ROOT) + ":" + name.toLowerCase(Locale.ROOT).replace(' ', '-'), name, type, List.of(), mentions));
    });
    List<DateMention> dates = new ArrayList<>();
    Matcher years = Pattern.compile("\\b19[89]\\d\\b").matcher(text);
    while (years.find()) {
      dates.add(new DateMention(new Span(years.start(), years.end()), years.group(), years.group()));
    }
    return Doc.of(article).with(Layers.ENTITIES, entities, Fixtures.ENTITIES).with(Layers.DATES, dates, Fixtures.DATES);
  }

  private void measure(String name, List<Doc> docs, List<String> queries) throws IOException {
    Path data = dir.resolve(name);
    long textBytes = docs.stream().mapToLong(d -> d.text().length()).sum();
    long mentions = docs.stream().flatMap(d -> d.get(Layers.ENTITIES).stream()).mapToLong(e -> e.mentions().size()).sum();
    System.out.printf(Locale.ROOT, "%n== %s: %d articles, %.1f kB text and %.1f mentions per article on average%n",
        name, docs.size(), textBytes / 1000.0 / docs.size(), (double) mentions / docs.size());
    double[] batchMillis = new double[docs.size() / BATCH];
    long started = System.nanoTime();
    try (Store store = Store.open(data)) {
      for (int b = 0; b < batchMillis.length; b++) {
        long t = System.nanoTime();
        store.commit(Batch.of(docs.subList(b * BATCH, (b + 1) * BATCH)));
        batchMillis[b] = (System.nanoTime() - t) / 1e6;
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf(Locale.ROOT, "commit: %d batches of %d in %.1f s = %.0f articles/s; per batch p50 %.0f ms, p95 %.0f ms%n",
          batchMillis.length, BATCH, seconds, batchMillis.length * BATCH / seconds, percentile(batchMillis, 50), percentile(batchMillis, 95));
      long t = System.nanoTime();
      BatchResult again = store.commit(Batch.of(docs.subList(0, BATCH)));
      System.out.printf(Locale.ROOT, "re-commit of %d unchanged: %.0f ms%n", BATCH, (System.nanoTime() - t) / 1e6);
      assertThat(again.count(ArticleStatus.UNCHANGED)).isEqualTo(BATCH);

      String topEntity = store.entities(null, 1).getFirst().name();
      for (String query : queries) {
        time(store, "search '" + query + "'", () -> store.search(SearchQuery.of(query)));
      }
      time(store, "search '' (all, newest first)", () -> store.search(SearchQuery.of("")));
      time(store, "search entity '" + topEntity + "'", () -> store.search(SearchQuery.of("").withEntities(topEntity)));
      time(store, "search words + entity + dates + source", () -> store.search(
          SearchQuery.of(queries.getFirst()).withEntities(topEntity).withDates(LocalDate.of(1980, 1, 1), LocalDate.of(2030, 1, 1)).withSource(docs.getFirst().article().source())));
      time(store, "entities(top 20)", () -> store.entities(null, 20));
      time(store, "entity('" + topEntity + "') profile", () -> store.entity(topEntity));
      time(store, "stats()", store::stats);
      time(store, "article(id)", () -> store.article(docs.get(docs.size() / 2).id()));
      Stats stats = store.stats();
      System.out.printf(Locale.ROOT, "size: index %.1f MB, database %.1f MB; %d entities, %d mentions%n",
          stats.indexBytes() / 1e6, stats.databaseBytes() / 1e6, stats.entities(), stats.mentions());
      assertThat(stats.articles()).isEqualTo(docs.size());
      assertThat(stats.indexedArticles()).isEqualTo(docs.size());
    }
    long t = System.nanoTime();
    Store.open(data).close();
    System.out.printf(Locale.ROOT, "reopen (index up to date): %.0f ms%n", (System.nanoTime() - t) / 1e6);
    try (Stream<Path> files = Files.walk(data.resolve(Store.INDEX_DIR))) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
    t = System.nanoTime();
    try (Store store = Store.open(data)) {
      double seconds = (System.nanoTime() - t) / 1e9;
      System.out.printf(Locale.ROOT, "reopen with index deleted: rebuilt %d articles in %.1f s = %.0f articles/s%n",
          store.reconciliation().indexed(), seconds, store.reconciliation().indexed() / seconds);
      assertThat(store.reconciliation().indexed()).isEqualTo(docs.size());
    }
  }

  private static void time(Store store, String what, Supplier<?> work) {
    for (int i = 0; i < 20; i++) {
      work.get();
    }
    double[] millis = new double[50];
    for (int i = 0; i < millis.length; i++) {
      long t = System.nanoTime();
      work.get();
      millis[i] = (System.nanoTime() - t) / 1e6;
    }
    Object sample = work.get();
    String detail = sample instanceof SearchResult result ? " (" + result.total() + " hits)" : "";
    System.out.printf(Locale.ROOT, "  %-48s p50 %6.2f ms  p95 %6.2f ms%s%n", what, percentile(millis, 50), percentile(millis, 95), detail);
  }

  private static double percentile(double[] values, int p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  private static Path findShared(String relative) {
    for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
      Path candidate = at.resolve("shared").resolve(relative);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
