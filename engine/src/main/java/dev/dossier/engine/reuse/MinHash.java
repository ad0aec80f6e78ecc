package dev.dossier.engine.reuse;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * MinHash signatures of a unit's set of term keys, cut into bands for locality-sensitive lookup.
 *
 * <p>{@link #HASHES} hash functions, in {@link #BANDS} bands of {@link #ROWS}: two units whose key
 * sets have Jaccard similarity {@code J} share any one band with probability {@code J²}. A
 * candidate must share at least two bands ({@link #MIN_SHARED_BANDS}), which a spun copy (J about
 * 0.6 with a third of its words replaced) does with probability above 0.99, and two unrelated
 * sentences of the same beat (J about 0.1) with probability under 0.02. Requiring two shared bands
 * rather than one keeps the candidates to verify few as the store grows.
 *
 * <p>The hashes are a fixed 64-bit function of the key text (FNV-1a, then a murmur finaliser), so
 * keys stored by one process are found by another. Thread-safe.
 */
public final class MinHash {

  public static final int BANDS = 20;
  public static final int ROWS = 2;
  public static final int HASHES = BANDS * ROWS;
  public static final int MIN_SHARED_BANDS = 2;

  private static final long[] SEEDS = new long[HASHES];

  static {
    long state = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < HASHES; i++) {
      state += 0x9E3779B97F4A7C15L;
      SEEDS[i] = mix(state);
    }
  }

  private MinHash() {}

  /** The band keys of the terms' distinct keys; empty terms give no keys. */
  public static long[] bandKeys(List<Term> terms) {
    Set<String> keys = new HashSet<>();
    for (Term term : terms) {
      keys.add(term.key());
    }
    return bandKeysOf(keys);
  }

  static long[] bandKeysOf(Collection<String> keys) {
    if (keys.isEmpty()) {
      return new long[0];
    }
    long[] minimum = new long[HASHES];
    java.util.Arrays.fill(minimum, Long.MAX_VALUE);
    for (String key : keys) {
      long base = fnv(key);
      for (int i = 0; i < HASHES; i++) {
        long h = mix(base ^ SEEDS[i]);
        if (h < minimum[i]) {
          minimum[i] = h;
        }
      }
    }
    long[] bands = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = 0xCBF29CE484222325L + b;
      for (int r = 0; r < ROWS; r++) {
        h = mix(h * 31 + minimum[b * ROWS + r]);
      }
      bands[b] = h;
    }
    return bands;
  }

  private static long fnv(String text) {
    long h = 0xCBF29CE484222325L;
    for (int i = 0; i < text.length(); i++) {
      h ^= text.charAt(i);
      h *= 0x100000001B3L;
    }
    return h;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return z ^ (z >>> 33);
  }
}
