package org.microcert.taxonomy.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.microcert.taxonomy.match.Target;

class EvalDetailsTest {

  // Ranking a b c d e f; gold {c, f, z}: first gold at rank 3, RP@5 = 1 / min(5, 3).
  private final List<String> ranking = List.of("a", "b", "c", "d", "e", "f");
  private final GoldItem item = new GoldItem(7, "some text", List.of("c", "f", "z"));

  @Test
  void aSkillsLineCarriesRp5AsMillionthsSoBenchPairedAveragesIt() {
    assertThat(Evaluator.detailLine(item, ranking, Target.SKILLS))
        .isEqualTo(
            "{\"line\":7, \"first_gold_rank\":3, \"metric\":0.333333, \"counts\":[333333,"
                + " 1000000]}");
  }

  @Test
  void anOccupationsLineCarriesTheReciprocalRankAndNoGoldRanksZero() {
    GoldItem title = new GoldItem(2, "nurse", List.of("e"));
    assertThat(Evaluator.detailLine(title, ranking, Target.OCCUPATIONS))
        .isEqualTo(
            "{\"line\":2, \"first_gold_rank\":5, \"metric\":0.200000, \"counts\":[200000,"
                + " 1000000]}");
    GoldItem missed = new GoldItem(3, "pilot", List.of("q"));
    assertThat(Evaluator.detailLine(missed, ranking, Target.OCCUPATIONS))
        .isEqualTo(
            "{\"line\":3, \"first_gold_rank\":0, \"metric\":0.000000, \"counts\":[0, 1000000]}");
  }

  @Test
  void theReportOfRankingsIsTheMeanOverTexts() {
    EvalReport r =
        Evaluator.report(
            List.of(ranking, List.of("e")), List.of(item, new GoldItem(3, "t", List.of("e"))));
    assertThat(r.n()).isEqualTo(2);
    assertThat(r.mrr()).isEqualTo((1 / 3.0 + 1.0) / 2);
  }
}
