package dev.dossier.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PairCacheTest {

  @Test
  void get_afterPut_theSameVector() {
    PairCache cache = new PairCache(1024);
    float[] vector = {1f, 2f};
    cache.put(123_457, vector);
    assertThat(cache.get(123_457)).isSameAs(vector);
    assertThat(cache.get(123_458)).isNull();
  }

  @Test
  void put_pairOfTheSameSlot_evictsTheOther() {
    PairCache cache = new PairCache(1);
    cache.put(7, new float[] {7f});
    cache.put(8, new float[] {8f});
    assertThat(cache.get(7)).isNull();
    assertThat(cache.get(8)).containsExactly(8f);
    assertThat(cache.capacity()).isEqualTo(1);
  }

  @Test
  void new_capacityNotAPowerOfTwo_roundedUp() {
    assertThat(new PairCache(65_536).capacity()).isEqualTo(65_536);
    assertThat(new PairCache(50_000).capacity()).isEqualTo(65_536);
  }
}
