package org.microcert.taxonomy.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The label-length re-ranking of {@link MatcherTitleCoder#choose}, on the fused scores the full
 * ESCO v1.1.1 matcher (with MiniLM) gave real JobBERT val titles.
 */
class MatcherTitleCoderTest {

  private static CompetencyMatch match(int rank, String label, double score) {
    return new CompetencyMatch(
        rank,
        "http://data.europa.eu/esco/occupation/" + label.replace(' ', '-'),
        label,
        "occupation",
        "",
        score,
        score,
        score,
        Confidence.MEDIUM,
        label,
        List.of());
  }

  @Test
  void aShorterGeneralLabelWinsACloseCall() {
    // "Personal Assistant (Chinese Only)", gold: executive assistant.
    List<CompetencyMatch> top =
        List.of(
            match(1, "medical administrative assistant", 1.0),
            match(2, "executive assistant", 0.9927),
            match(3, "secretary", 0.9036),
            match(4, "parliamentary assistant", 0.6988),
            match(5, "management assistant", 0.6289));
    // 1.0 - 3 x 0.02 = 0.94 < 0.9927 - 2 x 0.02 = 0.9527; secretary: 0.9036 - 0.02 = 0.8836
    assertThat(MatcherTitleCoder.choose(top).label()).isEqualTo("executive assistant");
  }

  @Test
  void aClearLeadIsKeptWhateverItsLength() {
    // "Trainee Staff Nurse": the matcher's first is kept (0.9 - 0.1 > 0.7 - 0.02).
    List<CompetencyMatch> top =
        List.of(match(1, "nurse responsible for general care", 0.90), match(2, "nurse", 0.70));
    assertThat(MatcherTitleCoder.choose(top).rank()).isEqualTo(1);
  }

  @Test
  void noCandidateGivesNoCodeAndOneIsTaken() {
    assertThat(MatcherTitleCoder.choose(List.of())).isNull();
    assertThat(MatcherTitleCoder.choose(List.of(match(1, "ICT system developer", 0.3))).rank())
        .isEqualTo(1);
  }
}
