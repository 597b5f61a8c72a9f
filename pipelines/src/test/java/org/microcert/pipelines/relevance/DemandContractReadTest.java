package org.microcert.pipelines.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.pipelines.spark.SparkTestBase;

/**
 * The skill demand table as the demand pipeline writes it (breadth INT32) reads with our schema.
 */
class DemandContractReadTest extends SparkTestBase {

  @TempDir Path wh;

  @Test
  void readsAnIntBreadthAndPeriodPartitionsWrittenByTheDemandPipeline() {
    String asWritten =
        "period STRING, region STRING, occupation_group STRING, skill_uri STRING, postings BIGINT,"
            + " total_postings BIGINT, share DOUBLE, prev_share DOUBLE, trend DOUBLE,"
            + " trend_ci_low DOUBLE, trend_ci_high DOUBLE, breadth INT";
    spark
        .createDataFrame(
            List.of(
                RowFactory.create(
                    "2025-02", "ALL", "ALL", "s", 3L, 10L, 0.3, null, null, null, null, 2)),
            StructType.fromDDL(asWritten))
        .write()
        .partitionBy("period")
        .parquet(wh.resolve("demand/skills").toString());
    Row r = new RelevanceInputs(spark, RelevanceRequest.of(wh, "x")).skillDemand().first();
    assertThat(r.getLong(r.fieldIndex("breadth"))).isEqualTo(2L);
    assertThat(r.getString(r.fieldIndex("period"))).isEqualTo("2025-02");
  }
}
