package dev.dossier.bench.jmh;

import dev.dossier.core.Doc;
import dev.dossier.core.Layers;
import dev.dossier.core.Sentence;
import dev.dossier.core.Token;
import dev.dossier.nlp.CoreNlp;
import dev.dossier.nlp.TokenStage;
import dev.dossier.nlp.parse.SentenceParser;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH micro-benchmark of the events stage's dependency parse: every sentence of a seed article,
 * tagged once in the set-up, parsed by Dossier's scorer ({@code dossier}) or by CoreNLP's parser
 * over the same model ({@code corenlp}). One operation parses the whole article; divide by its
 * sentence count (printed in the set-up) for the time per sentence. On two articles the caches of
 * both parsers are warm after the first iterations, so this is the parse's steady state; {@code
 * dossier bench} measures the stage on a corpus, where new words keep missing them. Run it with
 *
 * <pre>
 * java -cp CLASSPATH org.openjdk.jmh.Main ParserBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
public class ParserBenchmark {

  /** Which seed article. */
  @Param({"000_a30fadd007fcd40e", "004_b12aa63abad0d3a9"})
  public String seed;

  /** Which parser: Dossier's scorer or CoreNLP's. */
  @Param({"dossier", "corenlp"})
  public String parser;

  private SentenceParser sentenceParser;
  private final List<List<CoreLabel>> sentences = new ArrayList<>();

  /** Loads the parser and tags the article once. */
  @Setup
  public void setUp() {
    sentenceParser = parser.equals("corenlp") ? CoreNlp.coreNlpDependencyParser() : CoreNlp.chenManningParser();
    Doc doc = new TokenStage().process(Doc.of(Seeds.article(seed)));
    List<Token> tokens = doc.get(Layers.TOKENS);
    int tokenCount = 0;
    for (Sentence sentence : doc.get(Layers.SENTENCES)) {
      List<CoreLabel> labels = new ArrayList<>();
      for (Token token : tokens.subList(sentence.firstToken(), sentence.endToken())) {
        CoreLabel label = new CoreLabel();
        label.setWord(token.word());
        label.setValue(token.word());
        label.setTag(token.pos() == null ? "NN" : token.pos());
        label.setIndex(labels.size() + 1);
        labels.add(label);
      }
      sentences.add(labels);
      tokenCount += labels.size();
    }
    System.out.printf("%n%s: %d sentences, %d tokens%n", seed, sentences.size(), tokenCount);
  }

  @Benchmark
  public void parse(Blackhole blackhole) {
    for (List<CoreLabel> sentence : sentences) {
      blackhole.consume(sentenceParser.predict(sentence));
    }
  }
}
