package org.microcert.taxonomy.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {

  // Ranking a b c d e f g h i j; gold {c, f, z}.
  private final List<String> ranking = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
  private final Set<String> gold = Set.of("c", "f", "z");

  @Test
  void rPrecisionDividesHitsByTheSmallerOfKAndGoldSize() {
    assertThat(RankingMetrics.rPrecision(ranking, gold, 1)).isEqualTo(0.0); // a: 0/1
    assertThat(RankingMetrics.rPrecision(ranking, gold, 5))
        .isCloseTo(1 / 3.0, within(1e-12)); // c: 1/min(5,3)
    assertThat(RankingMetrics.rPrecision(ranking, gold, 10))
        .isCloseTo(2 / 3.0, within(1e-12)); // c,f: 2/3
    assertThat(RankingMetrics.rPrecision(List.of("x", "c"), Set.of("c"), 5))
        .isEqualTo(1.0); // 1/min(5,1)
  }

  @Test
  void recallDividesHitsByGoldSize() {
    assertThat(RankingMetrics.recall(ranking, gold, 5)).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(RankingMetrics.recall(ranking, gold, 10)).isCloseTo(2 / 3.0, within(1e-12));
  }

  @Test
  void reciprocalRankIsOneOverTheFirstGoldRankOrZero() {
    assertThat(RankingMetrics.reciprocalRank(ranking, gold)).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(RankingMetrics.reciprocalRank(ranking, Set.of("z"))).isEqualTo(0.0);
  }

  @Test
  void reportAveragesOverTextsAndPrintsOneJsonObject() {
    EvalReport.Accumulator acc = new EvalReport.Accumulator();
    acc.add(ranking, gold); // rr 1/3, rp@5 1/3
    acc.add(List.of("c", "q"), Set.of("c")); // rr 1, rp@5 1
    EvalReport r = acc.report();
    assertThat(r.n()).isEqualTo(2);
    assertThat(r.mrr()).isCloseTo((1 / 3.0 + 1) / 2, within(1e-12));
    assertThat(r.rp5()).isCloseTo((1 / 3.0 + 1) / 2, within(1e-12));
    assertThat(r.rp1()).isCloseTo(0.5, within(1e-12));
    assertThat(r.toJson())
        .isEqualTo(
            "{\"n\":2, \"mrr\":0.6667, \"rp@1\":0.5000, \"rp@5\":0.6667, \"rp@10\":0.8333,"
                + " \"recall@5\":0.6667, \"recall@10\":0.8333}");
  }

  @Test
  void fixedSeedSamplesAreStableAndInFileOrder() {
    List<GoldItem> items =
        java.util.stream.IntStream.range(0, 100)
            .mapToObj(i -> new GoldItem(i + 2, "t" + i, List.of("u")))
            .toList();
    List<GoldItem> a = GoldSet.sample(items, 10, 7);
    assertThat(a).hasSize(10).isEqualTo(GoldSet.sample(items, 10, 7));
    assertThat(a).isSortedAccordingTo(java.util.Comparator.comparingInt(GoldItem::line));
    assertThat(GoldSet.sample(items, 0, 7)).hasSize(100);
  }
}
