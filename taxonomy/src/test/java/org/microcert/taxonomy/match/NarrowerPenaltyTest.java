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
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.index.CompetencyIndex;
import org.microcert.taxonomy.index.CompetencyIndexWriter;
import org.microcert.taxonomy.model.BroaderRelation;
import org.microcert.taxonomy.model.Occupation;

/**
 * The narrower-concept penalty of {@link ScoreFusion}, over a real chain of ESCO v1.1.1
 * occupations: marketing manager (under ISCO group 1221) → sales manager → category manager.
 */
class NarrowerPenaltyTest {

  private static final String OCC = "http://data.europa.eu/esco/occupation/";
  private static final String MARKETING = OCC + "6fcf4638-e7c7-4978-9302-9a7b63a3d57c";
  private static final String SALES = OCC + "a7594892-ff23-4e2a-aedf-2f967ebca15c";
  private static final String CATEGORY = OCC + "dab60fc6-c16e-4de7-b969-b323784f5a49";
  private static final String ISCO_1221 = "http://data.europa.eu/esco/isco/C1221";

  @TempDir static Path tmp;
  static CompetencyIndex index;
  static ScoreFusion fusion;

  @BeforeAll
  static void build() {
    Taxonomy t =
        Taxonomy.builder("v1.1.1", "en")
            .addOccupation(occupation(MARKETING, "1221.3.2", "marketing manager"))
            .addOccupation(occupation(SALES, "1221.3.2.1", "sales manager"))
            .addOccupation(occupation(CATEGORY, "1221.3.2.1.1", "category manager"))
            .addBroaderRelation(
                new BroaderRelation("Occupation", MARKETING, "ISCOGroup", ISCO_1221))
            .addBroaderRelation(new BroaderRelation("Occupation", SALES, "Occupation", MARKETING))
            .addBroaderRelation(new BroaderRelation("Occupation", CATEGORY, "Occupation", SALES))
            .build();
    CompetencyIndexWriter.write(t, tmp.resolve("index"));
    index = CompetencyIndex.open(tmp.resolve("index"));
    fusion = ScoreFusionTest.fusionOver(index);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static Occupation occupation(String uri, String code, String label) {
    return new Occupation(uri, code, "1221", label, List.of(), List.of(), "", "released", "");
  }

  /** Lexical only, no coverage, no word penalty: BM25 over the best BM25, less the penalty. */
  private static MatcherSettings narrower(double penalty) {
    return new MatcherSettings(
        1f, 1f, 0f, 0f, 0f, 0f, 0.5, 100, false, 0.0, 0.0, 0.0, penalty, 0.9, 0.8);
  }

  private static List<ScoreFusion.Scored> fuseEqual(double penalty) {
    Map<Integer, Float> bm25 =
        Map.of(
            index.concept(MARKETING).doc(), 4f,
            index.concept(SALES).doc(), 4f,
            index.concept(CATEGORY).doc(), 4f);
    return fusion.fuse(bm25, Map.of(), Set.of(), false, narrower(penalty));
  }

  @Test
  void aConceptWithNarrowerOnesLosesTheCloseCall() {
    List<ScoreFusion.Scored> s = fuseEqual(0.1);
    // Only category manager has no narrower occupation; the other two lose 0.1 each, whatever
    // their own broader concept (an occupation or an ISCO group).
    assertThat(s).extracting(ScoreFusion.Scored::uri).first().isEqualTo(CATEGORY);
    assertThat(s.get(0).score()).isCloseTo(1.0, within(1e-6));
    assertThat(s.get(1).score()).isCloseTo(0.9, within(1e-6));
    assertThat(s.get(2).score()).isCloseTo(0.9, within(1e-6));
    // The lexical score the match reports is not penalised.
    assertThat(s.get(1).lexical()).isCloseTo(1.0, within(1e-6));
  }

  @Test
  void aClearLeadStays() {
    Map<Integer, Float> bm25 =
        Map.of(index.concept(SALES).doc(), 10f, index.concept(CATEGORY).doc(), 8f);
    List<ScoreFusion.Scored> s = fusion.fuse(bm25, Map.of(), Set.of(), false, narrower(0.1));
    assertThat(s).extracting(ScoreFusion.Scored::uri).containsExactly(SALES, CATEGORY);
    assertThat(s.get(0).score()).isCloseTo(0.9, within(1e-6));
    assertThat(s.get(1).score()).isCloseTo(0.8, within(1e-6));
  }

  @Test
  void withoutThePenaltyTiesGoByUri() {
    assertThat(fuseEqual(0.0))
        .extracting(ScoreFusion.Scored::uri)
        .containsExactly(MARKETING, SALES, CATEGORY);
  }
}
