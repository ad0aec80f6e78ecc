package dev.dossier.nlp.parse;

/**
 * A fixed-size, direct-mapped cache from a (feature value, position) pair to its vector of
 * hidden-unit inputs, for the pairs the model does not precompute (mostly rarer words): a pair
 * maps to one slot by a hash of its id, and a new pair evicts whatever held that slot.
 *
 * <p>Thread-safe without locks: a slot holds an immutable {@link Entry} whose final fields publish
 * the vector safely, so a reader sees either a whole entry or none; two threads that miss on the
 * same pair both compute it and one store wins, which costs time, never a wrong vector (a
 * pair's vector is a pure function of the model). Callers must not modify a vector they get.
 */
final class PairCache {

  private record Entry(int pair, float[] vector) {}

  private final Entry[] slots;
  private final int mask;

  /** @param capacity at least this many slots (rounded up to a power of two, at least 1) */
  PairCache(int capacity) {
    int size = Integer.highestOneBit(Math.max(1, capacity - 1)) << 1;
    if (capacity <= 1) {
      size = 1;
    }
    slots = new Entry[size];
    mask = size - 1;
  }

  /** The cached vector of a pair, or null. */
  float[] get(int pair) {
    Entry entry = slots[slot(pair)];
    return entry != null && entry.pair == pair ? entry.vector : null;
  }

  /** Caches a pair's vector, evicting the pair that held its slot. */
  void put(int pair, float[] vector) {
    slots[slot(pair)] = new Entry(pair, vector);
  }

  int capacity() {
    return slots.length;
  }

  /** How many slots hold a vector now (a walk over the slots: for reports, not for the hot path). */
  int filled() {
    int filled = 0;
    for (Entry entry : slots) {
      if (entry != null) {
        filled++;
      }
    }
    return filled;
  }

  private int slot(int pair) {
    int h = pair * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }
}
