package org.microcert.jobs.postings;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.Progress;
import org.microcert.pipelines.postings.PostingsIngest;
import org.microcert.pipelines.postings.SourceMapping;
import org.microcert.pipelines.spark.SparkSessions;
import org.microcert.taxonomy.InputRejectedException;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The {@code postingsIngestJob}: one step calling {@link PostingsIngest#run}. */
@Configuration
public class PostingsIngestJobConfiguration {

  public static final String JOB_NAME = "postingsIngestJob";

  @Bean(name = JOB_NAME)
  public Job postingsIngestJob(
      JobRepository repo, PlatformTransactionManager tm, MicrocertSettings settings, Progress progress) {
    return new JobBuilder(JOB_NAME, repo)
        .start(
            new StepBuilder("ingestPostings", repo)
                .tasklet(
                    (contribution, chunk) -> {
                      JobParameters p = chunk.getStepContext().getStepExecution().getJobParameters();
                      List<Path> inputs =
                          Arrays.stream(p.getString("inputs").split("\n")).map(Path::of).toList();
                      for (Path in : inputs) {
                        if (!java.nio.file.Files.isRegularFile(in)) {
                          throw new InputRejectedException("Cannot read postings file " + in + ": no such file");
                        }
                      }
                      String format = p.getString("format");
                      SourceMapping mapping =
                          SourceMapping.load(Path.of(p.getString("conf")), p.getString("source"));
                      progress.phase("ingesting " + inputs.size() + " file(s) as source " + mapping.name());
                      var spark =
                          SparkSessions.getOrCreate("microcert-postings", settings.sparkMaster(), settings.sparkConf());
                      PostingsIngest.Counts c =
                          PostingsIngest.run(
                              spark,
                              new PostingsIngest.Config(
                                  settings.warehouse(), inputs, format.isEmpty() ? null : format, mapping));
                      contribution.incrementReadCount();
                      progress.info(c.summary());
                      progress.info("rejects: " + c.rejectsFile());
                      return RepeatStatus.FINISHED;
                    },
                    tm)
                .build())
        .build();
  }
}
