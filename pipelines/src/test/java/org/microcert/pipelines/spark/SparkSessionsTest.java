package org.microcert.pipelines.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SparkSessionsTest {

  @Test
  void onlyMastersThatRunEveryTaskInThisJvmAreLocal() {
    assertThat(SparkSessions.isLocal("local")).isTrue();
    assertThat(SparkSessions.isLocal("local[2]")).isTrue();
    assertThat(SparkSessions.isLocal("local[*]")).isTrue();
    assertThat(SparkSessions.isLocal("local[4,2]")).isTrue();
    // executors in their own JVMs, as on a cluster
    assertThat(SparkSessions.isLocal("local-cluster[2,1,1024]")).isFalse();
    assertThat(SparkSessions.isLocal("spark://127.0.0.1:7177")).isFalse();
    assertThat(SparkSessions.isLocal("yarn")).isFalse();
  }

  @Test
  void noMasterMeansSparkSubmitsOrLocal() {
    String before = System.getProperty("spark.master");
    try {
      System.clearProperty("spark.master");
      assertThat(SparkSessions.effectiveMaster(null)).isEqualTo("local[*]");
      System.setProperty("spark.master", "spark://h:7077");
      assertThat(SparkSessions.effectiveMaster(null)).isEqualTo("spark://h:7077");
      assertThat(SparkSessions.isLocal(null)).isFalse();
      assertThat(SparkSessions.effectiveMaster("local[2]")).isEqualTo("local[2]");
    } finally {
      if (before == null) {
        System.clearProperty("spark.master");
      } else {
        System.setProperty("spark.master", before);
      }
    }
  }
}
