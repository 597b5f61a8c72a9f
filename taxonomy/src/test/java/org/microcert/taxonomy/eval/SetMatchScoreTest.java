package org.microcert.taxonomy.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SetMatchScoreTest {

  @Test
  void microFiguresSumCountsOverTexts() {
    SetMatchScore s = new SetMatchScore();
    // text 1: found {a, b, c}, gold {a, d}: 1 correct of 3 found, of 2 gold
    assertThat(s.add(List.of("a", "b", "c"), List.of("a", "d")))
        .isEqualTo(new SetMatchScore.TextCounts(3, 2, 1));
    // text 2: found nothing, gold {e}
    assertThat(s.add(List.of(), List.of("e"))).isEqualTo(new SetMatchScore.TextCounts(0, 1, 0));
    // text 3: found {f, f} (one distinct), gold {f}: 1 of 1
    assertThat(s.add(List.of("f", "f"), List.of("f")))
        .isEqualTo(new SetMatchScore.TextCounts(1, 1, 1));
    SetMatchScore.Result r = s.result();
    // 2 correct of 4 found (P 0.5), of 4 gold (R 0.5): F1 0.5; a macro average would differ
    assertThat(r.n()).isEqualTo(3);
    assertThat(r.extracted()).isEqualTo(4);
    assertThat(r.gold()).isEqualTo(4);
    assertThat(r.correct()).isEqualTo(2);
    assertThat(r.precision()).isEqualTo(0.5);
    assertThat(r.recall()).isEqualTo(0.5);
    assertThat(r.f1()).isEqualTo(0.5);
    assertThat(r.json())
        .isEqualTo(
            "{\"n\":3, \"extracted\":4, \"gold\":4, \"correct\":2, \"precision\":0.5000,"
                + " \"recall\":0.5000, \"f1\":0.5000}");
  }

  @Test
  void f1IsTheHarmonicMeanAndZeroWhenNothingIsRight() {
    // P = 1/4, R = 1/2: F1 = 2 * 1/8 / (3/4) = 1/3
    assertThat(SetMatchScore.of(1, 4, 2, 1).f1()).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(SetMatchScore.of(1, 0, 2, 0).f1()).isEqualTo(0.0);
    assertThat(SetMatchScore.of(0, 0, 0, 0).precision()).isEqualTo(0.0);
  }
}
