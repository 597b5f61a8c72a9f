package org.microcert.jobs.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.microcert.taxonomy.io.WarehouseLayout;

/**
 * The validated contents of {@code conf/microcert.yaml}, after command-line overrides.
 *
 * @param warehouse root folder of every table, index, report and the H2 job repository
 * @param sparkMaster Spark master URL ({@code local[*]} by default)
 * @param sparkConf extra Spark settings
 * @param jobRepository where Spring Batch keeps its job repository
 */
public record MicrocertSettings(
    Path warehouse, String sparkMaster, Map<String, String> sparkConf, JobRepositorySettings jobRepository) {

  public MicrocertSettings {
    Objects.requireNonNull(warehouse, "warehouse");
    Objects.requireNonNull(sparkMaster, "sparkMaster");
    sparkConf = Map.copyOf(sparkConf);
    Objects.requireNonNull(jobRepository, "jobRepository");
  }

  /** Defaults used when no configuration file exists. */
  public static MicrocertSettings defaults() {
    return new MicrocertSettings(
        Path.of("warehouse"), "local[*]", Map.of(), new JobRepositorySettings("", "sa", ""));
  }

  /** The same settings with another warehouse. */
  public MicrocertSettings withWarehouse(Path dir) {
    return new MicrocertSettings(dir, sparkMaster, sparkConf, jobRepository);
  }

  /**
   * JDBC URL of the job repository: the configured one, or an H2 file under the warehouse. H2
   * writes each commit at once (WRITE_DELAY=0; its default keeps commits in memory for half a
   * second, so a SIGKILL right after a step completed would forget that it did).
   */
  public String jobRepositoryUrl() {
    if (!jobRepository.url().isBlank()) {
      return jobRepository.url();
    }
    Path db = new WarehouseLayout(warehouse.toAbsolutePath().normalize()).jobRepository();
    return "jdbc:h2:file:" + db + ";WRITE_DELAY=0";
  }

  /**
   * Job repository connection settings.
   *
   * @param url JDBC URL; empty for the embedded H2 file
   * @param username user name
   * @param password password
   */
  public record JobRepositorySettings(String url, String username, String password) {
    public JobRepositorySettings {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(password, "password");
    }
  }
}
