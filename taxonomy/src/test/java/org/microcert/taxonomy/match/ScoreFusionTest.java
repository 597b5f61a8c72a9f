package org.microcert.taxonomy.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.taxonomy.analysis.CompetencyAnalyzer;
import org.microcert.taxonomy.index.CompetencyIndex;
import org.microcert.taxonomy.testing.SampleIndex;

/**
 * The label-word penalty of {@link ScoreFusion}, over the real labels of the shipped ESCO sample.
 */
class ScoreFusionTest {

  private static final String CUSTOMER_SERVICE =
      "http://data.europa.eu/esco/occupation/13d1b2b4-99dd-44da-9734-c9f74bae18f7";
  private static final String COOK =
      "http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e";

  @TempDir static Path tmp;
  static CompetencyIndex index;
  static ScoreFusion fusion;

  @BeforeAll
  static void build() {
    index = SampleIndex.open(tmp);
    fusion = fusionOver(index);
  }

  /** The fusion a matcher over {@code index} builds (shared with {@link NarrowerPenaltyTest}). */
  static ScoreFusion fusionOver(CompetencyIndex index) {
    return new ScoreFusion(
        index, new ConceptTerms(index, new CompetencyAnalyzer(), new TermWeights(index.reader())));
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  /** Lexical only, no coverage: the fused score is BM25 over the best BM25, less the penalty. */
  private static MatcherSettings penalty(double perWord) {
    return new MatcherSettings(
        1f, 1f, 0f, 0f, 0f, 0f, 0.5, 100, false, 0.0, 0.0, perWord, 0.0, 0.9, 0.8);
  }

  private static List<ScoreFusion.Scored> fuse(float customerService, float cook, double perWord) {
    int a = index.concept(CUSTOMER_SERVICE).doc();
    int b = index.concept(COOK).doc();
    return fusion.fuse(
        Map.of(a, customerService, b, cook), Map.of(), Set.of(), false, penalty(perWord));
  }

  @Test
  void aShorterLabelWinsACloseCall() {
    // "customer service representative" (3 words): 1.0 - 0.06; "cook" (1 word): 0.97 - 0.02.
    List<ScoreFusion.Scored> s = fuse(10f, 9.7f, 0.02);
    assertThat(s.get(0).uri()).isEqualTo(COOK);
    assertThat(s.get(0).score()).isCloseTo(0.95, within(1e-6));
    assertThat(s.get(1).score()).isCloseTo(0.94, within(1e-6));
    // The lexical score the match reports is not penalised.
    assertThat(s.get(1).lexical()).isCloseTo(1.0, within(1e-6));
  }

  @Test
  void withoutThePenaltyOrWithAClearLeadTheBestScoreIsKept() {
    assertThat(fuse(10f, 9.7f, 0.0).get(0).uri()).isEqualTo(CUSTOMER_SERVICE);
    // 1.0 - 0.06 = 0.94 against 0.9 - 0.02 = 0.88.
    assertThat(fuse(10f, 9.0f, 0.02).get(0).uri()).isEqualTo(CUSTOMER_SERVICE);
  }
}
