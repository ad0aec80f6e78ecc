package dev.dossier.bench.jmh;

import dev.dossier.core.Article;
import dev.dossier.core.Doc;
import dev.dossier.core.Pipeline;
import dev.dossier.nlp.DateStage;
import dev.dossier.nlp.EntityStage;
import dev.dossier.nlp.MentionStage;
import dev.dossier.nlp.NlpPipeline;
import dev.dossier.nlp.TokenStage;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH micro-benchmark of each stage of Dossier's pipeline, and of the whole pipeline, on the two
 * seed articles. Each stage gets a document that already holds the layers it reads, built once in
 * the set-up, so each benchmark times one stage alone. Run it with
 *
 * <pre>
 * java -cp CLASSPATH org.openjdk.jmh.Main StageBenchmark
 * </pre>
 *
 * (see docs/PERFORMANCE.md for the class path and options). The numbers complement {@code dossier
 * bench}: this is the steady state on two long articles, that is a whole corpus.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
public class StageBenchmark {

  /** Which seed article. */
  @Param({"000_a30fadd007fcd40e", "004_b12aa63abad0d3a9"})
  public String seed;

  private final TokenStage tokenStage = new TokenStage();
  private final MentionStage mentionStage = new MentionStage();
  private final EntityStage entityStage = new EntityStage();
  private final DateStage dateStage = new DateStage();
  private final Pipeline pipeline = NlpPipeline.standard();

  private Article article;
  private Doc plain;
  private Doc tokenised;
  private Doc withMentions;

  /** Loads the models and builds each stage's input once. */
  @Setup
  public void setUp() {
    NlpPipeline.warmUp();
    article = Seeds.article(seed);
    plain = Doc.of(article);
    tokenised = tokenStage.process(plain);
    withMentions = mentionStage.process(tokenised);
  }

  @Benchmark
  public Doc tokens() {
    return tokenStage.process(plain);
  }

  @Benchmark
  public Doc mentions() {
    return mentionStage.process(tokenised);
  }

  @Benchmark
  public Doc entities() {
    return entityStage.process(withMentions);
  }

  @Benchmark
  public Doc dates() {
    return dateStage.process(withMentions);
  }

  @Benchmark
  public Doc pipeline() {
    return pipeline.process(article);
  }
}
