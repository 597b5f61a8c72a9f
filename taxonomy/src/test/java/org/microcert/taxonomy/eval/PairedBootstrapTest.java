package org.microcert.taxonomy.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PairedBootstrapTest {

  private static long[][] accuracyCounts(int right, int n) {
    long[][] c = new long[n][];
    for (int i = 0; i < n; i++) {
      c[i] = new long[] {i < right ? 1 : 0, 1};
    }
    return c;
  }

  @Test
  void observedDeltaIsTheMeanOfTheFilesDifferences() {
    // file 1: 2/4 -> 3/4 (+0.25); file 2: micro F1 from [correct, extracted, gold]
    PairedBootstrap.Pairs one =
        new PairedBootstrap.Pairs("one", accuracyCounts(2, 4), accuracyCounts(3, 4));
    PairedBootstrap.Pairs two =
        new PairedBootstrap.Pairs("two", accuracyCounts(1, 4), accuracyCounts(1, 4));
    PairedBootstrap.Result r =
        PairedBootstrap.compare(List.of(one, two), PairedBootstrap::accuracy, 200, 7);
    assertThat(r.perFile()[0]).isCloseTo(0.25, within(1e-12));
    assertThat(r.perFile()[1]).isEqualTo(0.0);
    assertThat(r.delta()).isCloseTo(0.125, within(1e-12));
    // B is never worse on any text, so no resample can make it lose
    assertThat(r.low()).isGreaterThanOrEqualTo(0.0);
    assertThat(PairedBootstrap.microF1(new long[] {2, 4, 4})).isEqualTo(0.5);
  }

  @Test
  void aChangeThatHelpsAsOftenAsItHurtsDoesNotWin() {
    // 100 texts: B is right where A is wrong on 10 texts, and wrong where A is right on 10
    long[][] a = new long[100][];
    long[][] b = new long[100][];
    for (int i = 0; i < 100; i++) {
      a[i] = new long[] {i < 10 ? 0 : (i < 20 ? 1 : i % 2), 1};
      b[i] = new long[] {i < 10 ? 1 : (i < 20 ? 0 : i % 2), 1};
    }
    PairedBootstrap.Result r =
        PairedBootstrap.compare(
            List.of(new PairedBootstrap.Pairs("tie", a, b)), PairedBootstrap::accuracy, 2000, 3);
    assertThat(r.delta()).isEqualTo(0.0);
    assertThat(r.wins()).isFalse();
    assertThat(r.low()).isLessThan(0.0);
    assertThat(r.high()).isGreaterThan(0.0);
  }

  @Test
  void aClearGainWins() {
    PairedBootstrap.Result r =
        PairedBootstrap.compare(
            List.of(
                new PairedBootstrap.Pairs(
                    "gain", accuracyCounts(30, 100), accuracyCounts(60, 100))),
            PairedBootstrap::accuracy,
            2000,
            3);
    assertThat(r.delta()).isCloseTo(0.30, within(1e-12));
    assertThat(r.wins()).isTrue();
    assertThat(r.winShare()).isEqualTo(1.0);
  }
}
