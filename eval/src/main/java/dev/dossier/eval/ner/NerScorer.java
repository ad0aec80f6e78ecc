package dev.dossier.eval.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Scores one system's names against the gold names, sentence by sentence, with exact-match
 * semantics (as {@code conlleval}): a name counts as correct only if its tokens and type both
 * match. It also sorts every error into an {@link ErrorKind} and keeps a few examples of each.
 *
 * <p>Examples are sampled with a fixed seed, so two runs over the same data show the same ones.
 * Not thread-safe: one scorer per system and run.
 */
public final class NerScorer {

  /** Examples kept per kind of error. */
  static final int EXAMPLES = 3;

  /** Words of context shown either side of an example. */
  private static final int CONTEXT = 4;

  private record Key(ErrorKind kind, String gold, String predicted) {}

  /** Reservoir sample of examples for one kind of error. */
  private static final class Tally {
    final Random random;
    final List<String> examples = new ArrayList<>();
    int count;

    Tally(Key key) {
      // Seeded from the names, not Key.hashCode(): an enum's hash code changes from run to run.
      this.random = new Random((key.kind().name() + key.gold() + key.predicted()).hashCode());
    }

    void add(String example) {
      count++;
      if (examples.size() < EXAMPLES) {
        examples.add(example);
      } else {
        int slot = random.nextInt(count);
        if (slot < EXAMPLES) {
          examples.set(slot, example);
        }
      }
    }
  }

  private final Map<String, int[]> counts = new TreeMap<>();
  private final Map<Key, Tally> errors = new HashMap<>();

  /**
   * Adds one sentence.
   *
   * @param words the sentence's tokens, for examples
   * @param gold the gold names
   * @param predicted the system's names
   */
  public void add(List<String> words, List<EntitySpan> gold, List<EntitySpan> predicted) {
    for (EntitySpan name : gold) {
      count(name.type())[0]++;
    }
    for (EntitySpan name : predicted) {
      count(name.type())[1]++;
      if (gold.contains(name)) {
        count(name.type())[2]++;
      }
    }
    for (EntitySpan name : gold) {
      if (!predicted.contains(name)) {
        classifyMiss(words, name, predicted);
      }
    }
    for (EntitySpan name : predicted) {
      if (gold.stream().noneMatch(name::overlaps)) {
        record(new Key(ErrorKind.SPURIOUS, "O", name.type()), context(words, name, null));
      }
    }
  }

  private void classifyMiss(List<String> words, EntitySpan name, List<EntitySpan> predicted) {
    EntitySpan overlapping = null;
    for (EntitySpan candidate : predicted) {
      if (candidate.sameTokens(name)) {
        record(new Key(ErrorKind.WRONG_TYPE, name.type(), candidate.type()), context(words, name, null));
        return;
      }
      if (overlapping == null && candidate.overlaps(name)) {
        overlapping = candidate;
      }
    }
    if (overlapping != null) {
      record(new Key(ErrorKind.WRONG_SPAN, name.type(), overlapping.type()), context(words, name, overlapping));
    } else {
      record(new Key(ErrorKind.MISSED, name.type(), "O"), context(words, name, null));
    }
  }

  private int[] count(String type) {
    return counts.computeIfAbsent(type, t -> new int[3]);
  }

  private void record(Key key, String example) {
    errors.computeIfAbsent(key, Tally::new).add(example);
  }

  /** The name in brackets with a few words either side, and the overlapping prediction if any. */
  private static String context(List<String> words, EntitySpan name, EntitySpan predicted) {
    StringBuilder text = new StringBuilder();
    int from = Math.max(0, name.start() - CONTEXT);
    int to = Math.min(words.size(), name.end() + CONTEXT);
    for (int i = from; i < to; i++) {
      if (i > from) {
        text.append(' ');
      }
      if (i == name.start()) {
        text.append('[');
      }
      text.append(words.get(i));
      if (i == name.end() - 1) {
        text.append(']');
      }
    }
    if (predicted != null) {
      text.append(" → ").append(String.join(" ", words.subList(predicted.start(), predicted.end())));
    }
    return text.toString();
  }

  /** Counts per type, in type order. */
  public Map<String, TypeScore> byType() {
    Map<String, TypeScore> scores = new TreeMap<>();
    for (Map.Entry<String, int[]> entry : counts.entrySet()) {
      int[] c = entry.getValue();
      scores.put(entry.getKey(), new TypeScore(c[0], c[1], c[2]));
    }
    return scores;
  }

  /** Counts over all types: the micro-average. */
  public TypeScore overall() {
    TypeScore total = new TypeScore(0, 0, 0);
    for (TypeScore score : byType().values()) {
      total = total.plus(score);
    }
    return total;
  }

  /** How many errors of each kind, over all types; every kind is present. */
  public Map<ErrorKind, Integer> errorCounts() {
    Map<ErrorKind, Integer> totals = new EnumMap<>(ErrorKind.class);
    for (ErrorKind kind : ErrorKind.values()) {
      totals.put(kind, 0);
    }
    for (Map.Entry<Key, Tally> entry : errors.entrySet()) {
      totals.merge(entry.getKey().kind(), entry.getValue().count, Integer::sum);
    }
    return totals;
  }

  /** The most frequent kinds of error, most frequent first (ties in a fixed order). */
  public List<Confusion> confusions(int limit) {
    Comparator<Map.Entry<Key, Tally>> byCount = Comparator.comparingInt(e -> -e.getValue().count);
    Comparator<Map.Entry<Key, Tally>> order =
        byCount.thenComparing(e -> e.getKey().kind()).thenComparing(e -> e.getKey().gold()).thenComparing(e -> e.getKey().predicted());
    return errors.entrySet().stream()
        .sorted(order)
        .limit(limit)
        .map(e -> new Confusion(e.getKey().kind(), e.getKey().gold(), e.getKey().predicted(), e.getValue().count, e.getValue().examples))
        .toList();
  }
}
