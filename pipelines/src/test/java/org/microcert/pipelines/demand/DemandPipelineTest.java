package org.microcert.pipelines.demand;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microcert.pipelines.postings.PostingsExtract;
import org.microcert.pipelines.spark.SparkTestBase;

/**
 * Hand-checked fixture. January, Ontario: p1 (occupation A, 2511), p2 (B, 2521), p3 (no title);
 * Quebec: p4 (A). February, Ontario: p5 (A), p6 (A). Skill S is mentioned in p1, p2, p5; skill T in
 * p3. A needs skill E (essential).
 */
class DemandPipelineTest extends SparkTestBase {

  private static final StructType POSTINGS =
      new StructType()
          .add("posting_id", DataTypes.StringType)
          .add("period", DataTypes.StringType)
          .add("region", DataTypes.StringType);

  private Dataset<Row> base;
  private Dataset<Row> mentions;

  @BeforeEach
  void fixture() {
    Dataset<Row> postings =
        spark.createDataFrame(
            List.of(
                RowFactory.create("p1", "2024-01", "Ontario"),
                RowFactory.create("p2", "2024-01", "Ontario"),
                RowFactory.create("p3", "2024-01", "Ontario"),
                RowFactory.create("p4", "2024-01", "Quebec"),
                RowFactory.create("p5", "2024-02", "Ontario"),
                RowFactory.create("p6", "2024-02", "Ontario")),
            POSTINGS);
    Dataset<Row> titles =
        spark.createDataFrame(
            List.of(
                RowFactory.create("p1", "occ/A", "2511", 0.9, "Ontario", "2024-01"),
                RowFactory.create("p2", "occ/B", "2521", 0.9, "Ontario", "2024-01"),
                RowFactory.create("p4", "occ/A", "2511", 0.9, "Quebec", "2024-01"),
                RowFactory.create("p5", "occ/A", "2511", 0.9, "Ontario", "2024-02"),
                RowFactory.create("p6", "occ/A", "2511", 0.9, "Ontario", "2024-02")),
            PostingsExtract.TITLES);
    mentions =
        spark.createDataFrame(
            List.of(
                RowFactory.create("p1", "skill/S", "s", 0, 1, "intro", "Ontario", "2024-01"),
                RowFactory.create("p1", "skill/S", "s", 5, 6, "intro", "Ontario", "2024-01"),
                RowFactory.create("p2", "skill/S", "s", 0, 1, "intro", "Ontario", "2024-01"),
                RowFactory.create("p3", "skill/T", "t", 0, 1, "intro", "Ontario", "2024-01"),
                RowFactory.create("p5", "skill/S", "s", 0, 1, "intro", "Ontario", "2024-02")),
            PostingsExtract.MENTIONS);
    base = DemandPipeline.postingBase(postings, titles, DemandPipeline.Granularity.MONTH);
  }

  private static Row one(Dataset<Row> d, String period, String region, String group, String skill) {
    List<Row> rows =
        d.filter(
                col("period")
                    .equalTo(period)
                    .and(col("region").equalTo(region))
                    .and(col("occupation_group").equalTo(group))
                    .and(col("skill_uri").equalTo(skill)))
            .collectAsList();
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  @Test
  void countsPostingsShareAndBreadthPerPeriodRegionAndGroup() {
    Dataset<Row> d = DemandPipeline.skillDemand(base, mentions, DemandPipeline.Granularity.MONTH);

    Row jan = one(d, "2024-01", "Ontario", "ALL", "skill/S");
    assertThat(jan.<Long>getAs("postings")).isEqualTo(2L);
    assertThat(jan.<Long>getAs("total_postings")).isEqualTo(3L);
    assertThat(jan.<Double>getAs("share")).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(jan.<Integer>getAs("breadth")).isEqualTo(2);
    assertThat(jan.<Double>getAs("prev_share")).isNull();
    assertThat(one(d, "2024-01", "ALL", "ALL", "skill/S").<Double>getAs("share"))
        .isCloseTo(0.5, within(1e-9));
    assertThat(one(d, "2024-01", "Ontario", "2", "skill/S").<Long>getAs("total_postings"))
        .isEqualTo(2L);
    assertThat(one(d, "2024-01", "Ontario", "unknown", "skill/T").<Double>getAs("share"))
        .isCloseTo(1.0, within(1e-9));
  }

  @Test
  void computesTrendAndItsConfidenceIntervalAgainstThePreviousPeriod() {
    Dataset<Row> d = DemandPipeline.skillDemand(base, mentions, DemandPipeline.Granularity.MONTH);

    Row feb = one(d, "2024-02", "Ontario", "ALL", "skill/S");
    // share 1/2 of 2 postings vs 2/3 of 3: se = sqrt(.5*.5/2 + (2/3)(1/3)/3) = 0.446177
    assertThat(feb.<Double>getAs("share")).isCloseTo(0.5, within(1e-9));
    assertThat(feb.<Double>getAs("prev_share")).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(feb.<Double>getAs("trend")).isCloseTo(-1 / 6.0, within(1e-9));
    assertThat(feb.<Double>getAs("trend_ci_low")).isCloseTo(-1.041158, within(1e-5));
    assertThat(feb.<Double>getAs("trend_ci_high")).isCloseTo(0.707825, within(1e-5));
  }

  @Test
  void groupsMonthsIntoQuarters() {
    Dataset<Row> q =
        DemandPipeline.skillDemand(
            base.withColumn(
                "period", DemandPipeline.period(col("period"), DemandPipeline.Granularity.QUARTER)),
            mentions,
            DemandPipeline.Granularity.QUARTER);

    Row r = one(q, "2024-Q1", "Ontario", "ALL", "skill/S");
    assertThat(r.<Long>getAs("postings")).isEqualTo(3L);
    assertThat(r.<Double>getAs("share")).isCloseTo(0.6, within(1e-9));
    assertThat(r.<Double>getAs("prev_share")).isNull();
  }

  @Test
  void computesOccupationDemandAndTheEssentialSkillSignal() {
    Row occ =
        DemandPipeline.occupationDemand(base, DemandPipeline.Granularity.MONTH)
            .filter(
                col("period")
                    .equalTo("2024-02")
                    .and(col("region").equalTo("Ontario"))
                    .and(col("occupation_uri").equalTo("occ/A")))
            .first();
    assertThat(occ.<Double>getAs("share")).isCloseTo(1.0, within(1e-9));
    assertThat(occ.<Double>getAs("prev_share")).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(occ.<Double>getAs("trend")).isCloseTo(2 / 3.0, within(1e-9));

    Dataset<Row> essential =
        spark.createDataFrame(
            List.of(RowFactory.create("occ/A", "skill/E")), DemandPipeline.RELATIONS);
    Row e =
        DemandPipeline.essentialSignal(base, essential)
            .filter(col("period").equalTo("2024-01").and(col("region").equalTo("Ontario")))
            .first();
    assertThat(e.<Long>getAs("postings_with_occupation_needing_it")).isEqualTo(1L);
    assertThat(e.<Long>getAs("total_postings")).isEqualTo(3L);
  }
}
