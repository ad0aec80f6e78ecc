package dev.dossier.eval.reuse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.core.Article;
import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.core.ReusedPassage;
import dev.dossier.core.Span;
import dev.dossier.engine.Recycler;
import dev.dossier.engine.Recycling;
import dev.dossier.engine.reuse.Thesaurus;
import dev.dossier.eval.reuse.SpinGenerator.Item;
import dev.dossier.eval.reuse.SpinGenerator.Sentence;
import dev.dossier.ingest.ArticleStream;
import dev.dossier.ingest.IngestOptions;
import dev.dossier.ingest.Inputs;
import dev.dossier.ingest.ReadResult;
import dev.dossier.ingest.clean.TextNormalizer;
import dev.dossier.store.RecyclingTables;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The spinning benchmark ({@code dossier eval reuse --reuters FILE}): text-reuse precision and
 * recall on copies of Reuters articles made by {@link SpinGenerator}.
 *
 * <p>What is measured is what ingest does. The benchmark's articles are written as JSONL to a
 * temporary file and read back through ingest's own reader and cleaner (which strips the spam
 * lines as link spam), then fed, in a seeded random arrival order (so a copy often arrives before
 * its original), one at a time through the engine's cross-document step ({@link Recycler}) in an
 * in-memory database of the store's schema. Then each article's reused passages are read as
 * {@code dossier show} would.
 *
 * <p>Scoring is per sentence of {@link SpinGenerator#SCORED_WORDS} words or more, in every article
 * (originals, copies, copies of copies, unrelated): a sentence is reported as reused from the
 * source of the passage covering most of it (at least half). A reported sentence is a true
 * positive if its gold source is that source, a false positive otherwise (a new sentence, or the
 * wrong source); a gold-reused sentence not reported with its source is a false negative.
 * Headlines are not scored.
 */
public final class SpinBenchmark {

  /**
   * @param reuters the Reuters-21578 JSONL file
   * @param sources originals
   * @param copies copies
   * @param distractors unrelated articles
   * @param seed the generator's and the arrival order's seed
   * @param spinRate the probability an eligible word is replaced by a synonym
   */
  public record Options(Path reuters, int sources, int copies, int distractors, long seed, double spinRate) {}

  private SpinBenchmark() {}

  public static SpinReport run(Options options) {
    List<ReutersSource.Story> corpus = ReutersSource.read(options.reuters());
    SpinGenerator generator =
        new SpinGenerator(Thesaurus.wordNet(), new SpinGenerator.Options(options.sources(), options.copies(), options.distractors(), options.seed(), options.spinRate()));
    SpinGenerator.Benchmark benchmark;
    try {
      benchmark = generator.generate(corpus);
    } catch (IllegalArgumentException e) {
      throw new DossierException(ErrorCode.BAD_ARGUMENT, options.reuters() + ": " + e.getMessage());
    }
    Map<String, Article> articles = ingest(benchmark);
    List<String> arrival = new ArrayList<>(articles.keySet());
    Collections.shuffle(arrival, new Random(options.seed()));
    Recycler recycler = Recycler.standard();
    SpinReport.Counts counts = new SpinReport.Counts();
    long elapsed;
    try (RecyclingTables tables = RecyclingTables.inMemory()) {
      long started = System.nanoTime();
      for (String id : arrival) {
        recycler.add(tables, articles.get(id), List.of(), List.of());
      }
      elapsed = System.nanoTime() - started;
      for (Item item : benchmark.items()) {
        Article article = articles.get(item.id());
        Recycling recycling = recycler.read(tables, article);
        score(item, article, recycling, counts);
      }
    } catch (SQLException e) {
      throw new DossierException(ErrorCode.STORE_UNAVAILABLE, "text reuse failed in the in-memory database: " + e.getMessage(), e);
    }
    return new SpinReport(options, benchmark.items().size(), counts, elapsed / 1e6 / Math.max(1, articles.size()));
  }

  /** Writes the benchmark as JSONL and reads it back through ingest, as {@code dossier ingest} would. */
  private static Map<String, Article> ingest(SpinGenerator.Benchmark benchmark) {
    ObjectMapper mapper = new ObjectMapper();
    Path file = null;
    try {
      file = Files.createTempFile("dossier-spin-", ".jsonl");
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (int i = 0; i < benchmark.items().size(); i++) {
          Item item = benchmark.items().get(i);
          ObjectNode line = mapper.createObjectNode();
          line.put("id", item.id()).put("title", item.title()).put("published", item.published().toString()).put("source", item.outlet());
          line.put("text", item.text(benchmark.spamPositions().get(i)));
          out.write(line.toString());
          out.newLine();
        }
      }
      Map<String, Article> articles = new HashMap<>();
      try (ArticleStream stream = Inputs.open(List.of(file.toString()), IngestOptions.NONE)) {
        while (stream.hasNext()) {
          ReadResult result = stream.next();
          if (result instanceof ReadResult.Read read) {
            articles.put(read.article().id(), read.article());
          } else if (result instanceof ReadResult.Rejected rejected) {
            throw new DossierException(rejected.rejection().code(), "benchmark article rejected: " + rejected.rejection().message());
          }
        }
      }
      return articles;
    } catch (IOException e) {
      throw new DossierException(ErrorCode.UNREADABLE_INPUT, "cannot write the benchmark to a temporary file: " + e, e);
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // A temporary file left behind holds nothing the corpus does not.
        }
      }
    }
  }

  private static void score(Item item, Article article, Recycling recycling, SpinReport.Counts counts) {
    String text = article.text();
    int from = text.indexOf('\n') < 0 ? 0 : text.indexOf('\n');
    counts.removedSpam += (int) article.removed().stream().filter(r -> r.text().startsWith("More news")).count();
    counts.spamLines += item.spam().size();
    for (Sentence sentence : item.sentences()) {
      String normalised = TextNormalizer.normalizeLine(sentence.text());
      int at = text.indexOf(normalised, from);
      if (at < 0) {
        at = text.indexOf(normalised);
      }
      if (!sentence.scored()) {
        continue;
      }
      if (at < 0) {
        counts.unlocated++;
        continue;
      }
      from = at + normalised.length();
      Span span = new Span(at, at + normalised.length());
      String gold = sentence.source() == null || sentence.source().equals(item.id()) ? null : sentence.source();
      String predicted = predictedSource(span, recycling.reuse());
      counts.add(item.kind(), gold, predicted);
      if (gold != null && gold.equals(predicted)) {
        counts.substitutions += sentence.substitutions();
        counts.spinsFound += (int) recycling.reuse().stream().flatMap(p -> p.spins().stream()).filter(s -> span.contains(s.span())).count();
      }
    }
    if (recycling.quality().sentenceOrderIncoherence() != null) {
      String group = item.kind().equals("copy") || item.kind().equals("copy-of-copy") ? (item.shuffled() ? "shuffled copies" : "copies in order") : "originals and unrelated";
      counts.incoherence.computeIfAbsent(group, k -> new ArrayList<>()).add(recycling.quality().sentenceOrderIncoherence());
    }
  }

  /** The source of the passage covering most of the span, if it covers at least half. */
  private static String predictedSource(Span span, List<ReusedPassage> passages) {
    String best = null;
    int bestOverlap = 0;
    for (ReusedPassage passage : passages) {
      int overlap = Math.min(span.end(), passage.span().end()) - Math.max(span.start(), passage.span().start());
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        best = passage.sourceArticle();
      }
    }
    return bestOverlap * 2 >= span.length() ? best : null;
  }
}
