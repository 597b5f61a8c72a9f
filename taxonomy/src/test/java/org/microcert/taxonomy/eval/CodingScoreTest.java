package org.microcert.taxonomy.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodingScoreTest {

  @Test
  void accuracyCountsUncodedTitlesAsWrongPrecisionOfCodedDoesNot() {
    CodingScore s = new CodingScore();
    assertThat(s.add("o1", List.of("o1"))).isTrue();
    assertThat(s.add("o2", List.of("o1", "o3"))).isFalse();
    assertThat(s.add(null, List.of("o4"))).isFalse();
    assertThat(s.add("o3", List.of("o1", "o3"))).isTrue();
    CodingScore.Result r = s.result();
    // 4 titles, 3 coded, 2 right: accuracy 2/4, coverage 3/4, precision of coded 2/3
    assertThat(r.n()).isEqualTo(4);
    assertThat(r.coded()).isEqualTo(3);
    assertThat(r.correct()).isEqualTo(2);
    assertThat(r.accuracy()).isEqualTo(0.5);
    assertThat(r.coverage()).isEqualTo(0.75);
    assertThat(r.precisionOfCoded()).isEqualTo(2 / 3.0);
    assertThat(r.json()).contains("\"accuracy\":0.5000", "\"precision_of_coded\":0.6667");
  }

  @Test
  void anEmptyRunScoresZero() {
    CodingScore.Result r = new CodingScore().result();
    assertThat(r.accuracy()).isEqualTo(0.0);
    assertThat(r.precisionOfCoded()).isEqualTo(0.0);
  }
}
