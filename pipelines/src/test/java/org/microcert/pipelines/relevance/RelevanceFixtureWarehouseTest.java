package org.microcert.pipelines.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.microcert.pipelines.spark.SparkTestBase;

/**
 * Writes the hand-checked fixture warehouse to {@code pipelines/target/relevance-demo/warehouse} so
 * the CLI can be run and timed on it: {@code bin/microcert relevance --warehouse
 * pipelines/target/relevance-demo/warehouse --submission demo}.
 */
class RelevanceFixtureWarehouseTest extends SparkTestBase {

  @Test
  void writesTheFixtureWarehouseUnderTarget() throws Exception {
    Path wh = Path.of("target", "relevance-demo", "warehouse").toAbsolutePath();
    RelevanceScoringPipeline.deleteTree(wh);
    RelevanceFixtures.warehouse(spark, wh);
    assertThat(wh.resolve("demand/skills")).isDirectory();
    assertThat(wh.resolve("alignments/demo/alignments.jsonl")).isRegularFile();
  }
}
