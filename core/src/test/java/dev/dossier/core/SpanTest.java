package dev.dossier.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {

  private static final String TEXT = "CIA Director Mike Pompeo defended the meeting.";

  @Test
  void of_halfOpenRange_coversEndExclusive() {
    assertThat(new Span(13, 24).of(TEXT)).isEqualTo("Mike Pompeo");
    assertThat(new Span(0, 3).of(TEXT)).isEqualTo("CIA");
  }

  @Test
  void constructor_endBeforeStart_throwsNamingBothEnds() {
    assertThatThrownBy(() -> new Span(5, 4)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[5, 4)");
    assertThatThrownBy(() -> new Span(-1, 4)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void overlaps_adjacentSpans_doNotOverlap() {
    assertThat(new Span(0, 3).overlaps(new Span(3, 12))).isFalse();
    assertThat(new Span(0, 4).overlaps(new Span(3, 12))).isTrue();
  }

  @Test
  void contains_innerAndEqualSpans_true() {
    Span director = new Span(0, 24);
    assertThat(director.contains(new Span(13, 24))).isTrue();
    assertThat(director.contains(director)).isTrue();
    assertThat(director.contains(new Span(13, 25))).isFalse();
  }

  @Test
  void compareTo_sameStart_ordersByEnd() {
    assertThat(new Span(0, 3)).isLessThan(new Span(0, 4));
    assertThat(new Span(1, 2)).isGreaterThan(new Span(0, 40));
  }
}
