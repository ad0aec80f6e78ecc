package dev.dossier.engine.quality;

import dev.dossier.core.Entity;
import dev.dossier.core.Mention;
import dev.dossier.core.Span;
import dev.dossier.engine.reuse.Term;
import dev.dossier.engine.reuse.TermReader;
import dev.dossier.engine.reuse.UnitSplitter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.Set;

/**
 * How incoherent an article's sentence order is: the share of random orders of its body sentences
 * that read at least as smoothly as the order it has.
 *
 * <p>Written news moves from one sentence to a related next one: adjacent sentences share more
 * entities and content words than two sentences picked at random (the intuition of entity-grid
 * coherence, Barzilay and Lapata 2008). The measure takes the mean cohesion of adjacent sentences
 * (the cosine of their sets of entity ids and content-word keys) and compares it with that of
 * {@link #PERMUTATIONS} random orders of the same sentences. An article in its written order scores
 * near 0; one whose sentences were shuffled, as content farms do to dodge duplicate detection,
 * scores near 0.5, like any random order; higher means worse than random.
 *
 * <p>The permutations are drawn from a generator seeded by the text, so the score of a text never
 * changes. Articles with fewer than {@link #MIN_SENTENCES} body sentences (after the headline) get
 * no score. Thread-safe.
 */
public final class SentenceOrder {

  public static final int MIN_SENTENCES = 5;
  static final int PERMUTATIONS = 200;
  static final int MAX_SENTENCES = 120;

  /**
   * The measure of one article.
   *
   * @param sentences the body sentences compared
   * @param incoherence the share of random orders at least as cohesive, or {@code null} below
   *     {@link #MIN_SENTENCES}
   */
  public record Score(int sentences, Double incoherence) {}

  private final TermReader reader;

  public SentenceOrder(TermReader reader) {
    this.reader = reader;
  }

  public Score score(String text, List<Entity> entities) {
    List<Span> sentences = new ArrayList<>(UnitSplitter.sentences(text));
    int headlineEnd = text.indexOf('\n');
    sentences.removeIf(s -> headlineEnd >= 0 && s.end() <= headlineEnd);
    if (sentences.size() > MAX_SENTENCES) {
      sentences = sentences.subList(0, MAX_SENTENCES);
    }
    int n = sentences.size();
    List<Set<String>> features = new ArrayList<>();
    for (Span sentence : sentences) {
      Set<String> set = new HashSet<>();
      for (Term term : reader.terms(text, sentence)) {
        set.add("w:" + term.key());
      }
      for (Entity entity : entities) {
        for (Mention mention : entity.mentions()) {
          if (sentence.contains(mention.span())) {
            set.add("e:" + entity.id());
          }
        }
      }
      features.add(set);
    }
    long contentful = features.stream().filter(f -> !f.isEmpty()).count();
    if (n < MIN_SENTENCES || contentful < MIN_SENTENCES) {
      return new Score(n, null);
    }
    double[][] cohesion = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        cohesion[i][j] = cohesion[j][i] = cosine(features.get(i), features.get(j));
      }
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    double observed = adjacency(cohesion, order);
    SplittableRandom random = new SplittableRandom(text.hashCode());
    int asSmooth = 0;
    for (int p = 0; p < PERMUTATIONS; p++) {
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int swap = order[i];
        order[i] = order[j];
        order[j] = swap;
      }
      if (adjacency(cohesion, order) >= observed - 1e-12) {
        asSmooth++;
      }
    }
    return new Score(n, (double) asSmooth / PERMUTATIONS);
  }

  private static double adjacency(double[][] cohesion, int[] order) {
    double sum = 0;
    for (int i = 1; i < order.length; i++) {
      sum += cohesion[order[i - 1]][order[i]];
    }
    return sum / (order.length - 1);
  }

  private static double cosine(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String feature : a) {
      if (b.contains(feature)) {
        shared++;
      }
    }
    return shared / Math.sqrt((double) a.size() * b.size());
  }
}
