package org.microcert.pipelines.spark;

import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base class of Spark tests: one {@code local[2]} session shared by every test class of the JVM (it
 * is stopped by Spark's shutdown hook, never per class).
 */
public abstract class SparkTestBase {

  protected static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark =
        SparkSessions.getOrCreate(
            "microcert-test", "local[2]", Map.of("spark.sql.shuffle.partitions", "2"));
    spark.sparkContext().setLogLevel("WARN");
  }
}
