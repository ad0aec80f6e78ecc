package dev.dossier.nlp.parse;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.trees.GrammaticalStructure;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Dossier's scorer for CoreNLP's neural transition-based dependency parser (Chen and Manning
 * 2014): the same model file, the same arc-standard transitions and 48 features, the same greedy
 * choice of the best-scoring legal transition, and the same output structure as
 * {@code edu.stanford.nlp.parser.nndep.DependencyParser}, with the network evaluated in flat
 * single-precision loops the JIT vectorises ({@link HiddenLayer}) instead of CoreNLP's mixed
 * float-and-double ones, and the configuration kept in int arrays ({@link Configuration}).
 *
 * <p>The parses are CoreNLP's except where single and double precision round a near-tie between
 * two transitions differently; {@code ParserParityTest} measures how often on real news.
 *
 * <p>The features, in CoreNLP's order ({@code DependencyParser.getFeatureArray}): the words of the
 * top three stack elements (third first) and of the first three buffer elements; for each of the
 * top two stack elements, the words of its leftmost, rightmost, second leftmost and second
 * rightmost children and of its leftmost child's leftmost child and rightmost child's rightmost
 * child; then the tags of the same 18 positions; then the arc labels of the 12 children. A missing
 * position is {@code -NULL-}, the root {@code -ROOT-}, an unknown word or tag {@code -UNKNOWN-};
 * words are looked up as written (the English model's vocabulary keeps case).
 *
 * <p>Thread-safe: the model and precomputed vectors are read-only, the cache of the other pairs is
 * lock-free, and each call has its own configuration and scratch arrays.
 */
public final class ChenManningParser implements SentenceParser {

  private static final int WORD_FEATURES = 18;
  private static final int CHILD_FEATURES = 6;

  private final ParserModel model;
  private final HiddenLayer layer;
  private final int nullWord;
  private final int rootWord;
  private final int nullTag;
  private final int rootTag;

  private ChenManningParser(ParserModel model, HiddenLayer layer) {
    this.model = model;
    this.layer = layer;
    this.nullWord = model.wordRow(ParserModel.NULL);
    this.rootWord = model.wordRow(ParserModel.ROOT);
    this.nullTag = model.tagRow(ParserModel.NULL);
    this.rootTag = model.tagRow(ParserModel.ROOT);
    if (model.featureCount != 2 * WORD_FEATURES + 2 * CHILD_FEATURES) {
      throw new IllegalArgumentException("the model has " + model.featureCount + " features; this parser computes CoreNLP's 48");
    }
  }

  /**
   * Loads a model file from the class path and precomputes the vectors of its most frequent pairs.
   *
   * @param resource e.g. {@code edu/stanford/nlp/models/parser/nndep/english_UD.gz}
   * @param precomputedPairs how many of the model's frequent (value, position) pairs to compute at
   *     load time, each {@code hiddenSize} floats (4 KB for the English model)
   * @param cacheSlots how many other pairs' vectors to keep once computed
   * @throws IOException if the model is missing or malformed
   */
  public static ChenManningParser load(String resource, int precomputedPairs, int cacheSlots) throws IOException {
    ParserModel model = ParserModel.load(resource);
    return new ChenManningParser(model, new HiddenLayer(model, precomputedPairs, cacheSlots));
  }

  @Override
  public GrammaticalStructure predict(List<CoreLabel> tokens) {
    String[] words = new String[tokens.size()];
    String[] tags = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      CoreLabel token = tokens.get(i);
      if (token.tag() == null) {
        throw new IllegalArgumentException("the parser needs part-of-speech tags; token " + (i + 1) + " (\"" + token.word() + "\") has none");
      }
      words[i] = token.word();
      tags[i] = token.tag();
    }
    Arcs arcs = parse(words, tags);
    return Structures.of(tokens, arcs.heads(), arcs.labels());
  }

  /**
   * A parse as arrays: word {@code i} (0-based) depends on word {@code heads[i]} (1-based; 0 is the
   * root) by {@code labels[i]}.
   */
  public record Arcs(int[] heads, String[] labels) {}

  /**
   * Parses one tagged sentence.
   *
   * @param words the words, as the tokenizer wrote them
   * @param tags their part-of-speech tags (Penn Treebank, as the English model was trained on)
   */
  public Arcs parse(String[] words, String[] tags) {
    int n = words.length;
    int[] wordRow = new int[n + 1];
    int[] tagRow = new int[n + 1];
    wordRow[0] = rootWord;
    tagRow[0] = rootTag;
    for (int i = 1; i <= n; i++) {
      wordRow[i] = model.wordRow(words[i - 1]);
      tagRow[i] = model.tagRow(tags[i - 1]);
    }
    int arcLabels = model.arcLabels.length;
    int transitions = model.transitionCount;
    int[] features = new int[model.featureCount];
    int[] positions = new int[WORD_FEATURES];
    float[] activations = new float[model.hiddenSize];
    float[] scores = new float[transitions];
    Configuration c = new Configuration(n);
    while (!c.isTerminal()) {
      int only = onlyLegal(c, arcLabels);
      if (only >= 0) {
        c.apply(only, arcLabels);
        continue;
      }
      features(c, positions, wordRow, tagRow, features);
      layer.score(features, activations, scores);
      int best = -1;
      float bestScore = Float.NEGATIVE_INFINITY;
      for (int t = 0; t < transitions; t++) {
        if (scores[t] > bestScore && c.canApply(t, arcLabels)) {
          bestScore = scores[t];
          best = t;
        }
      }
      if (best < 0) {
        // Only when every legal score is NaN (CoreNLP would fail here); shift or attach anyway.
        best = firstLegal(c, transitions, arcLabels);
      }
      c.apply(best, arcLabels);
    }
    int[] heads = c.heads();
    int[] labelIndex = c.labels();
    String[] labels = new String[n];
    for (int i = 0; i < n; i++) {
      labels[i] = model.arcLabels[labelIndex[i]];
    }
    return new Arcs(heads, labels);
  }

  /** The one legal transition when there is only one (the scores could not change it), else -1. */
  private static int onlyLegal(Configuration c, int arcLabels) {
    int stack = c.stackSize();
    int buffered = c.bufferSize();
    if (stack <= 2 && buffered > 0) {
      return 2 * arcLabels;
    }
    if (stack == 2 && buffered == 0) {
      return arcLabels;
    }
    return -1;
  }

  private static int firstLegal(Configuration c, int transitions, int arcLabels) {
    for (int t = 0; t < transitions; t++) {
      if (c.canApply(t, arcLabels)) {
        return t;
      }
    }
    throw new IllegalStateException("no legal transition in a non-terminal configuration");
  }

  private void features(Configuration c, int[] positions, int[] wordRow, int[] tagRow, int[] features) {
    positions[0] = c.stack(2);
    positions[1] = c.stack(1);
    positions[2] = c.stack(0);
    positions[3] = c.buffer(0);
    positions[4] = c.buffer(1);
    positions[5] = c.buffer(2);
    for (int j = 0; j <= 1; j++) {
      int k = c.stack(j);
      int at = 6 + j * CHILD_FEATURES;
      positions[at] = c.leftChild(k, 1);
      positions[at + 1] = c.rightChild(k, 1);
      positions[at + 2] = c.leftChild(k, 2);
      positions[at + 3] = c.rightChild(k, 2);
      positions[at + 4] = c.leftChild(c.leftChild(k, 1), 1);
      positions[at + 5] = c.rightChild(c.rightChild(k, 1), 1);
    }
    for (int f = 0; f < WORD_FEATURES; f++) {
      int index = positions[f];
      features[f] = index < 0 ? nullWord : wordRow[index];
      features[WORD_FEATURES + f] = index < 0 ? nullTag : tagRow[index];
    }
    for (int f = 0; f < 2 * CHILD_FEATURES; f++) {
      int label = c.label(positions[6 + f]);
      features[2 * WORD_FEATURES + f] = label < 0 ? model.nullLabelRow : model.arcLabelRows[label];
    }
  }

  /**
   * A one-line account of the tables' memory, for reports: how many pair vectors were
   * precomputed and how many cache slots hold one now, with the megabytes of their floats. Walks
   * the cache, so not for the hot path.
   */
  public String describeTables() {
    PairCache cache = layer.cache();
    return String.format(Locale.ROOT, "%,d precomputed pair vectors (%.0f MB), %,d of %,d cache slots filled (%.0f MB)",
        layer.precomputedCount(), layer.precomputedBytes() / 1e6, cache.filled(), cache.capacity(), cache.filled() * 4.0 * model.hiddenSize / 1e6);
  }
}
