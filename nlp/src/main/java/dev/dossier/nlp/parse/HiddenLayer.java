package dev.dossier.nlp.parse;

import java.util.Arrays;

/**
 * The network of a {@link ParserModel}: from a configuration's feature values to the score of
 * every transition, computed as CoreNLP's {@code Classifier.computeScores} does (the 48 features'
 * embeddings times W1, plus b1, cubed, times W2), in single precision.
 *
 * <p>The first layer is a sum over features of W1's block for the feature's position times the
 * feature value's embedding, so each (value, position) pair contributes one fixed vector of
 * hidden-unit inputs. Like CoreNLP, the vectors of the most frequent pairs (the model file's list)
 * are computed once at load time, and the others on first use into a {@link PairCache}; a
 * transition then costs 48 vector additions and the W2 product. Every loop runs over one contiguous
 * run of floats with a plain counted {@code for}, the shape HotSpot's C2 compiles to SIMD code.
 *
 * <p>Results differ from CoreNLP's only by rounding: CoreNLP keeps the hidden layer in
 * {@code double}, this in {@code float}, and sums the output layer four hidden units at a time. Thread-safe: the tables are read-only after construction
 * and the cache tolerates concurrent use; callers pass their own scratch arrays.
 */
final class HiddenLayer {

  private final ParserModel model;
  private final int hidden;
  /**
   * Per (value × featureCount + position) pair: its vector if it was precomputed, else null. One
   * array per vector, since C2 vectorises the additions only without an offset into the source.
   */
  private final float[][] precomputed;
  private final int precomputedCount;
  private final PairCache cache;

  /**
   * @param precomputedPairs how many of the model's frequent pairs to compute now (at most the
   *     model's list; each costs {@code hiddenSize} floats)
   * @param cacheSlots the capacity of the cache of the other pairs' vectors
   */
  HiddenLayer(ParserModel model, int precomputedPairs, int cacheSlots) {
    this.model = model;
    this.hidden = model.hiddenSize;
    this.precomputed = new float[model.embeddingRows * model.featureCount][];
    int count = 0;
    int wanted = Math.min(Math.max(precomputedPairs, 0), model.frequentPairs.length);
    for (int i = 0; i < wanted; i++) {
      int pair = model.frequentPairs[i];
      if (pair >= 0 && pair < precomputed.length && precomputed[pair] == null) {
        precomputed[pair] = pairVector(pair);
        count++;
      }
    }
    this.precomputedCount = count;
    this.cache = new PairCache(cacheSlots);
  }

  /** How many pair vectors were computed at load time. */
  int precomputedCount() {
    return precomputedCount;
  }

  /** The bytes the precomputed vectors take (their floats; the array headers add 16 bytes each). */
  long precomputedBytes() {
    return (long) precomputedCount * hidden * Float.BYTES;
  }

  PairCache cache() {
    return cache;
  }

  /**
   * Scores every transition for one configuration.
   *
   * @param features the embedding row of each of the model's features, in CoreNLP's order
   * @param activations scratch of {@code hiddenSize} floats, overwritten
   * @param scores receives one score per transition, in the model's transition order
   */
  void score(int[] features, float[] activations, float[] scores) {
    Arrays.fill(activations, 0f);
    int featureCount = model.featureCount;
    for (int position = 0; position < featureCount; position++) {
      add(activations, vector(features, position));
    }
    float[] b1 = model.b1;
    for (int u = 0; u < hidden; u++) {
      float x = activations[u] + b1[u];
      activations[u] = x * x * x;
    }
    float[][] w2 = model.w2Rows;
    Arrays.fill(scores, 0f);
    int u = 0;
    // Four hidden units per pass over the scores: a quarter of the loads and stores of the scores.
    for (; u + 3 < hidden; u += 4) {
      addScaled4(scores, activations[u], w2[u], activations[u + 1], w2[u + 1], activations[u + 2], w2[u + 2], activations[u + 3], w2[u + 3]);
    }
    for (; u < hidden; u++) {
      addScaled(scores, activations[u], w2[u]);
    }
  }

  private static void addScaled4(float[] sum, float a0, float[] v0, float a1, float[] v1, float a2, float[] v2, float a3, float[] v3) {
    for (int i = 0; i < sum.length; i++) {
      sum[i] += a0 * v0[i] + a1 * v1[i] + a2 * v2[i] + a3 * v3[i];
    }
  }

  private float[] vector(int[] features, int position) {
    int pair = features[position] * model.featureCount + position;
    float[] vector = precomputed[pair];
    return vector != null ? vector : cached(pair);
  }

  private float[] cached(int pair) {
    float[] vector = cache.get(pair);
    if (vector == null) {
      vector = pairVector(pair);
      cache.put(pair, vector);
    }
    return vector;
  }

  private static void add(float[] sum, float[] vector) {
    for (int i = 0; i < sum.length; i++) {
      sum[i] += vector[i];
    }
  }

  private static void addScaled(float[] sum, float scale, float[] vector) {
    for (int i = 0; i < sum.length; i++) {
      sum[i] += scale * vector[i];
    }
  }

  /** W1's block for the pair's position times the pair's embedding. */
  private float[] pairVector(int pair) {
    int featureCount = model.featureCount;
    int e = model.embeddingSize;
    int row = pair / featureCount;
    int position = pair % featureCount;
    float[] vector = new float[hidden];
    for (int k = 0; k < e; k++) {
      addScaled(vector, model.embeddings[row * e + k], model.w1Columns[position * e + k]);
    }
    return vector;
  }
}
