package org.microcert.jobs.relevance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.Progress;
import org.microcert.pipelines.relevance.RelevanceConfig;
import org.microcert.pipelines.relevance.RelevanceConfigReader;
import org.microcert.pipelines.relevance.RelevanceRequest;
import org.microcert.pipelines.relevance.RelevanceResult;
import org.microcert.pipelines.relevance.RelevanceScoringPipeline;
import org.microcert.pipelines.spark.SparkSessions;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code relevanceJob}: one step, {@code scoreRelevance}, that runs the relevance pipeline.
 *
 * <p>Job parameters: {@code warehouse}, {@code submission} (id), {@code region}, {@code period}
 * (empty: latest), {@code escoVersion} (empty: last imported), {@code lang}, {@code config} (path
 * of relevance.yaml, empty: code defaults).
 */
@Configuration
public class RelevanceJobConfiguration {

  public static final String JOB_NAME = "relevanceJob";

  @Bean(name = JOB_NAME)
  public Job relevanceJob(
      JobRepository repo, PlatformTransactionManager tm, MicrocertSettings settings, Progress progress) {
    Step score =
        new StepBuilder("scoreRelevance", repo)
            .tasklet(
                (contribution, chunk) -> {
                  JobParameters p = chunk.getStepContext().getStepExecution().getJobParameters();
                  RelevanceRequest request = request(p);
                  RelevanceScoringPipeline.checkInputs(request); // before starting Spark
                  progress.phase("scoring relevance of " + request.submissionId());
                  RelevanceResult r =
                      RelevanceScoringPipeline.run(
                          SparkSessions.getOrCreate(
                              "microcert-relevance", settings.sparkMaster(), settings.sparkConf()),
                          request);
                  contribution.incrementWriteCount(r.competencies());
                  progress.info(summary(r));
                  return RepeatStatus.FINISHED;
                },
                tm)
            .build();
    return new JobBuilder(JOB_NAME, repo).start(score).build();
  }

  static RelevanceRequest request(JobParameters p) {
    String conf = p.getString("config", "");
    RelevanceConfig config =
        conf.isEmpty() ? RelevanceConfig.defaults() : RelevanceConfigReader.read(Path.of(conf));
    return new RelevanceRequest(
        Path.of(p.getString("warehouse")),
        p.getString("submission"),
        p.getString("region", "ALL"),
        emptyToNull(p.getString("period", "")),
        emptyToNull(p.getString("escoVersion", "")),
        p.getString("lang", "en"),
        config);
  }

  static String summary(RelevanceResult r) {
    return String.format(
        Locale.ROOT,
        "relevance %s %s: %,d postings; %,d aligned competencies (%,d insufficient evidence),"
            + " %,d credentials, %,d region gaps, %,d pathway suggestions -> %s",
        r.region(),
        r.period(),
        r.totalPostings(),
        r.competencies(),
        r.insufficient(),
        r.credentials(),
        r.regionGaps(),
        r.pathwaySuggestions(),
        r.outputDir());
  }

  /** conf/relevance.yaml next to the microcert configuration, if present. */
  static Path defaultConfig() {
    Path local = Path.of("conf", "relevance.yaml");
    if (Files.isRegularFile(local)) {
      return local;
    }
    String home = System.getProperty("microcert.home");
    Path h = home == null ? null : Path.of(home, "conf", "relevance.yaml");
    return h != null && Files.isRegularFile(h) ? h : null;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
