package dev.dossier.eval.stories;

import dev.dossier.core.Article;
import dev.dossier.core.Doc;
import dev.dossier.core.Entity;
import dev.dossier.core.EntityLinks;
import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.core.Layers;
import dev.dossier.core.Pipeline;
import dev.dossier.core.Rejection;
import dev.dossier.engine.Analyzer;
import dev.dossier.engine.Recycler;
import dev.dossier.engine.story.StoryClustering;
import dev.dossier.ingest.ReadResult;
import dev.dossier.nlp.NlpPipeline;
import dev.dossier.resolve.EntityMemory;
import dev.dossier.resolve.InMemoryEntityMemory;
import dev.dossier.resolve.Resolver;
import dev.dossier.store.RecyclingTables;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Evaluates story clustering on ECB+ ({@code dossier eval stories --ecb FILE}): each document's
 * predicted story against its gold {@code story_cluster}, as B-cubed precision, recall and F1 and
 * the adjusted Rand index, beside a topic-words baseline.
 *
 * <p>What is measured is what ingest does: every document goes through the standard pipeline
 * (entities and dates), then, one at a time, has its entities resolved against the documents before
 * it ({@link Resolver}, as ingest does, so that one actor has one id across articles) and goes
 * through the engine's cross-document step ({@link Recycler}) in an in-memory database of the
 * store's schema. ECB+ documents carry no publication
 * date, so time counts only through datelines in the text. Incremental clustering depends on the
 * order articles arrive in, and ECB+ has no order, so each system runs over {@link
 * Options#orders()} seeded random orders and the report gives the mean and the range of F1.
 *
 * <p>Systems: Dossier as ingest runs it ({@link StoryClustering.Settings#standard()}); the
 * topic-words baseline, the same single-pass clustering over content words alone (no entities, no
 * time), at Dossier's threshold and at the threshold best for it on this file (an upper bound:
 * that threshold is chosen on the data it is scored on); and, for reference, the gold topics as
 * stories, which is what a clustering that finds the topic but not the event within it gets.
 */
public final class StoryEvaluation {

  /** The thresholds tried for the baseline's best case. */
  static final double[] BASELINE_THRESHOLDS = {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5};

  /**
   * @param ecb the ECB+ JSONL file
   * @param orders how many random orders each system runs over
   * @param seed the seed of the first order; order {@code k} uses {@code seed + k}
   * @param threads analysis threads
   * @param cache where the analysed documents are cached between runs ({@link AnalysedCache}), or
   *     {@code null} to analyse them every time
   * @param baselines whether the topic-words baselines are scored beside Dossier
   */
  public record Options(Path ecb, int orders, long seed, int threads, Path cache, boolean baselines) {

    public Options {
      if (orders < 1) {
        throw new IllegalArgumentException("--orders must be at least 1, was " + orders);
      }
    }
  }

  private StoryEvaluation() {}

  public static StoryReport run(Options options) {
    List<EcbDocument> documents = EcbReader.read(options.ecb());
    if (documents.isEmpty()) {
      throw new DossierException(ErrorCode.BAD_ARGUMENT, options.ecb() + ": no documents to evaluate");
    }
    long started = System.nanoTime();
    List<Doc> docs = analyse(options, documents);
    double analysisSeconds = (System.nanoTime() - started) / 1e9;
    List<String> gold = documents.stream().map(EcbDocument::story).toList();
    List<StoryReport.SystemScores> systems = new ArrayList<>();
    StoryClustering.Settings standard = StoryClustering.Settings.standard();
    systems.add(score("Dossier (entities, words, time)", standard, docs, gold, options));
    if (options.baselines()) {
      systems.add(score("topic words, same threshold", StoryClustering.Settings.wordsOnly(standard.threshold()), docs, gold, options));
      StoryReport.SystemScores bestBaseline = null;
      for (double threshold : BASELINE_THRESHOLDS) {
        StoryReport.SystemScores scores = score("topic words, best threshold (" + threshold + ")", StoryClustering.Settings.wordsOnly(threshold), docs, gold, options);
        if (bestBaseline == null || scores.mean().f1() > bestBaseline.mean().f1()) {
          bestBaseline = scores;
        }
      }
      systems.add(bestBaseline);
    }
    ClusterScores topics = ClusterScores.of(documents.stream().map(EcbDocument::topic).toList(), gold);
    systems.add(new StoryReport.SystemScores("gold topics as stories (reference)", topics, topics.f1(), topics.f1(), 0, List.of()));
    long stories = gold.stream().distinct().count();
    long topicCount = documents.stream().map(EcbDocument::topic).distinct().count();
    return new StoryReport(options.ecb().toString(), documents.size(), (int) stories, (int) topicCount, options.orders(), options.seed(), analysisSeconds, systems);
  }

  private static List<Doc> analyse(Options options, List<EcbDocument> documents) {
    List<Article> articles = new ArrayList<>();
    List<ReadResult> input = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      EcbDocument document = documents.get(i);
      Article article = new Article(document.id(), null, "", null, null, document.text(), List.of(), options.ecb() + ":" + (i + 1), document.id());
      articles.add(article);
      input.add(new ReadResult.Read(article));
    }
    Pipeline pipeline = NlpPipeline.standard();
    if (options.cache() != null) {
      Optional<List<Doc>> cached = AnalysedCache.read(options.cache(), options.ecb(), pipeline.toString(), articles);
      if (cached.isPresent()) {
        return cached.get();
      }
    }
    List<Doc> docs = new ArrayList<>();
    new Analyzer(pipeline, options.threads()).run(input.iterator(), new Analyzer.Sink() {
      @Override
      public void accept(Doc doc) {
        docs.add(doc.without(Layers.TOKENS).without(Layers.SENTENCES).without(Layers.MENTIONS));
      }

      @Override
      public void reject(Rejection rejection) {
        throw new DossierException(rejection.code(), rejection.message());
      }
    });
    if (options.cache() != null) {
      AnalysedCache.write(options.cache(), options.ecb(), pipeline.toString(), docs);
    }
    return docs;
  }

  private static StoryReport.SystemScores score(String name, StoryClustering.Settings settings, List<Doc> docs, List<String> gold, Options options) {
    Recycler recycler = Recycler.withStories(new StoryClustering(settings));
    Resolver resolver = settings.entities() ? Resolver.standard() : null;
    List<ClusterScores> runs = new ArrayList<>();
    long started = System.nanoTime();
    for (int k = 0; k < options.orders(); k++) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        order.add(i);
      }
      Collections.shuffle(order, new Random(options.seed() + k));
      List<Long> predicted = new ArrayList<>(Collections.nCopies(docs.size(), 0L));
      // A fresh corpus per order: entities resolve against the articles before them, as in ingest.
      EntityMemory memory = new InMemoryEntityMemory();
      try (RecyclingTables tables = RecyclingTables.inMemory()) {
        for (int i : order) {
          Doc doc = docs.get(i);
          List<Entity> entities = resolver == null ? doc.get(Layers.ENTITIES) : EntityLinks.resolved(resolver.link(doc, memory));
          predicted.set(i, recycler.add(tables, doc.article(), entities, doc.get(Layers.DATES)).storyId());
        }
      } catch (SQLException e) {
        throw new DossierException(ErrorCode.STORE_UNAVAILABLE, "story clustering failed in the in-memory database: " + e.getMessage(), e);
      }
      runs.add(ClusterScores.of(predicted, gold));
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    double min = runs.stream().mapToDouble(ClusterScores::f1).min().orElse(0);
    double max = runs.stream().mapToDouble(ClusterScores::f1).max().orElse(0);
    return new StoryReport.SystemScores(name, ClusterScores.mean(runs), min, max, seconds / options.orders() / docs.size() * 1000,
        runs.stream().map(ClusterScores::f1).toList());
  }
}
