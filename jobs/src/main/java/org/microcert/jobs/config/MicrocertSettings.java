package org.microcert.jobs.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.microcert.taxonomy.io.WarehouseLayout;

/**
 * The validated contents of {@code conf/microcert.yaml}, after command-line overrides.
 *
 * @param warehouse root folder of every table, index, report and the H2 job repository
 * @param sparkMaster Spark master URL ({@code local[*]} by default)
 * @param sparkConf extra Spark settings
 * @param jobRepository where Spring Batch keeps its job repository
 * @param nightly the inboxes and options of {@code microcert nightly}
 */
public record MicrocertSettings(
    Path warehouse,
    String sparkMaster,
    Map<String, String> sparkConf,
    JobRepositorySettings jobRepository,
    NightlySettings nightly) {

  public MicrocertSettings {
    Objects.requireNonNull(warehouse, "warehouse");
    Objects.requireNonNull(sparkMaster, "sparkMaster");
    sparkConf = Map.copyOf(sparkConf);
    Objects.requireNonNull(jobRepository, "jobRepository");
    Objects.requireNonNull(nightly, "nightly");
  }

  /** Settings without the nightly options (they keep their defaults). */
  public MicrocertSettings(
      Path warehouse,
      String sparkMaster,
      Map<String, String> sparkConf,
      JobRepositorySettings jobRepository) {
    this(warehouse, sparkMaster, sparkConf, jobRepository, NightlySettings.defaults());
  }

  /** Defaults used when no configuration file exists. */
  public static MicrocertSettings defaults() {
    return new MicrocertSettings(
        Path.of("warehouse"), "local[*]", Map.of(), new JobRepositorySettings("", "sa", ""));
  }

  /** The same settings with another warehouse. */
  public MicrocertSettings withWarehouse(Path dir) {
    return new MicrocertSettings(dir, sparkMaster, sparkConf, jobRepository, nightly);
  }

  /** The same settings with other nightly options. */
  public MicrocertSettings withNightly(NightlySettings n) {
    return new MicrocertSettings(warehouse, sparkMaster, sparkConf, jobRepository, n);
  }

  /**
   * The settings rendered canonically: one {@code key=value} line per setting, sorted by key, with
   * the configuration file's key names; absent values empty. Comments, key order and quoting in the
   * file do not change it, any value does. The job repository password is left out (a secret), and
   * a password inside its URL is masked.
   */
  public String canonical() {
    Map<String, String> m = new TreeMap<>();
    m.put("warehouse", warehouse.normalize().toString());
    m.put("spark.master", sparkMaster);
    sparkConf.forEach((k, v) -> m.put("spark.conf." + k, v));
    m.put("job-repository.url", JdbcUrls.mask(jobRepository.url()));
    m.put("job-repository.username", jobRepository.username());
    m.put("nightly.esco-inbox", text(nightly.escoInbox()));
    m.put("nightly.postings-inbox", text(nightly.postingsInbox()));
    m.put("nightly.submissions-inbox", text(nightly.submissionsInbox()));
    m.put("nightly.reports", text(nightly.reports()));
    m.put("nightly.lexical-only", Boolean.toString(nightly.lexicalOnly()));
    m.put("nightly.sentence-skills", nightly.sentenceSkills().label());
    m.put("nightly.cron", nightly.cron());
    StringBuilder sb = new StringBuilder();
    m.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
    return sb.toString();
  }

  private static String text(Path p) {
    return p == null ? "" : p.normalize().toString();
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
