package org.microcert.pipelines.spark;

import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the one {@link SparkSession} a process uses.
 *
 * <p>With no master configured (no {@code spark.master} system property, as spark-submit sets),
 * runs {@code local[*]} with the settings that make local mode work on a closed machine: driver on
 * loopback, no UI. Under spark-submit or with an explicit master URL, the cluster's settings win.
 */
public final class SparkSessions {

  private SparkSessions() {}

  /**
   * The process's session, created on first use.
   *
   * @param appName application name shown by the cluster
   * @param master master URL, or {@code null} to take spark-submit's or default to {@code local[*]}
   * @param extra further Spark settings (from {@code conf/}); may be empty
   */
  public static synchronized SparkSession getOrCreate(
      String appName, String master, Map<String, String> extra) {
    SparkSession.Builder b = SparkSession.builder().appName(appName);
    String effective = effectiveMaster(master);
    b.master(effective);
    if (effective.startsWith("local")) {
      b.config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "8")
          .config("spark.sql.session.timeZone", "UTC");
    }
    b.config("spark.sql.parquet.compression.codec", "snappy")
        .config("spark.sql.sources.partitionOverwriteMode", "dynamic");
    extra.forEach(b::config);
    return b.getOrCreate();
  }

  /**
   * The master a session gets: {@code master}, else spark-submit's {@code spark.master}, else
   * {@code local[*]}.
   */
  public static String effectiveMaster(String master) {
    String effective = master != null ? master : System.getProperty("spark.master");
    return effective == null || effective.isBlank() ? "local[*]" : effective;
  }

  /** Whether that master runs every task in this JVM ({@code local}, {@code local[N]}, ...). */
  public static boolean isLocal(String master) {
    String m = effectiveMaster(master);
    return m.equals("local") || m.startsWith("local[");
  }

  /** A local session with default settings. */
  public static SparkSession local() {
    return getOrCreate("microcert", null, Map.of());
  }
}
