package org.microcert.pipelines.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.microcert.pipelines.spark.SparkTestBase;

class RelevanceTransformsTest extends SparkTestBase {

  static final String ALIGNED =
      "credential_code STRING, outcome_id STRING, rank INT, skill_uri STRING, skill_label STRING,"
          + " skill_type STRING, alignment_score DOUBLE, alignment_confidence STRING,"
          + " alignment_component DOUBLE";
  static final String DEMAND =
      "skill_uri STRING, postings BIGINT, total_postings BIGINT, share DOUBLE, prev_share DOUBLE,"
          + " trend DOUBLE, trend_ci_low DOUBLE, trend_ci_high DOUBLE, breadth BIGINT";

  private Dataset<Row> df(String ddl, Row... rows) {
    return spark.createDataFrame(List.of(rows), StructType.fromDDL(ddl));
  }

  @Test
  void scoresAndBandsEachCompetencyAndRespectsTheConfiguredMinimumPostings() {
    Dataset<Row> aligned =
        df(
            ALIGNED,
            RowFactory.create("C", "O1", 1, "a", "A", "skill", 0.9, "high", 1.0),
            RowFactory.create("C", "O1", 2, "b", "B", "skill", 0.5, "medium", 0.6),
            RowFactory.create("C", "O2", 1, "z", "Z", "skill", 0.5, "low", 0.3));
    Dataset<Row> demand =
        df(
            DEMAND,
            RowFactory.create("a", 80L, 400L, 0.2, 0.15, 0.05, 0.01, 0.09, 7L),
            RowFactory.create("b", 4L, 400L, 0.01, 0.0, 0.01, 0.001, 0.02, 2L));
    Dataset<Row> essential =
        df("skill_uri STRING, essential_share DOUBLE", RowFactory.create("a", 0.3));
    RelevanceConfig cfg = RelevanceConfig.defaults();

    List<Row> rows =
        RelevanceTransforms.scoreCompetencies(
                aligned, demand, essential, 400, "ALL", "2025-02", cfg)
            .orderBy("skill_uri")
            .select("skill_uri", "postings", "score", "band", "share_ci_low")
            .collectAsList();

    assertThat(rows.get(0).getDouble(2)).isEqualTo(95.5);
    assertThat(rows.get(0).getString(3)).isEqualTo("high");
    assertThat(rows.get(0).getDouble(4)).isEqualTo(0.1637);
    // 4 postings < min-postings 5: no score
    assertThat(rows.get(1).isNullAt(2)).isTrue();
    assertThat(rows.get(1).getString(3)).isEqualTo(RelevanceTransforms.INSUFFICIENT);
    // absent from the demand table: 0 postings
    assertThat(rows.get(2).getLong(1)).isZero();
    assertThat(rows.get(2).getString(3)).isEqualTo(RelevanceTransforms.INSUFFICIENT);

    RelevanceConfig lenient =
        RelevanceConfigReader.parse("relevance:\n  evidence:\n    min-postings: 3\n", "t");
    Row b =
        RelevanceTransforms.scoreCompetencies(
                aligned, demand, essential, 400, "ALL", "2025-02", lenient)
            .filter("skill_uri = 'b'")
            .select("band")
            .first();
    // share 0.01 < 0.02, trend 0.01 >= 0.01 with CI low > 0: emerging
    assertThat(b.getString(0)).isEqualTo("emerging");
  }

  @Test
  void listsOnlyUncoveredCompetenciesWithEnoughPostingsAsGaps() {
    Dataset<Row> aligned =
        df(ALIGNED, RowFactory.create("C", "O1", 1, "a", "A", "skill", 0.9, "high", 1.0));
    Dataset<Row> demand =
        df(
            DEMAND,
            RowFactory.create("a", 80L, 400L, 0.2, null, null, null, null, 7L),
            RowFactory.create("g", 9L, 400L, 0.0225, null, null, null, null, 2L),
            RowFactory.create("h", 20L, 400L, 0.05, null, null, null, null, 2L),
            RowFactory.create("t", 2L, 400L, 0.005, null, null, null, null, 1L));
    Dataset<Row> skills = df("uri STRING, preferred_label STRING", RowFactory.create("g", "G"));
    List<Row> gaps =
        RelevanceTransforms.regionGaps(demand, aligned, skills, RelevanceConfig.defaults())
            .select("skill_uri", "skill_label")
            .collectAsList();
    assertThat(gaps).extracting(r -> r.getString(0)).containsExactly("h", "g");
    assertThat(gaps.get(1).getString(1)).isEqualTo("G");
  }
}
