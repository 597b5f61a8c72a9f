package org.microcert.jobs.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.taxonomy.InputRejectedException;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The JDBC job repository makes a failed job restart from its failed step on the next run. */
class JobRunnerRestartTest {

  static final List<String> EXECUTED = new ArrayList<>();

  @TempDir Path warehouse;

  @Configuration
  static class TwoStepJob {
    @Bean(name = "twoStepJob")
    Job job(JobRepository repo, PlatformTransactionManager tm, MicrocertSettings settings) {
      Path failMarker = settings.warehouse().resolve("fail-second-step");
      return new JobBuilder("twoStepJob", repo)
          .start(
              new StepBuilder("first", repo)
                  .tasklet(
                      (c, x) -> {
                        EXECUTED.add("first");
                        return RepeatStatus.FINISHED;
                      },
                      tm)
                  .build())
          .next(
              new StepBuilder("second", repo)
                  .tasklet(
                      (c, x) -> {
                        EXECUTED.add("second");
                        if (Files.exists(failMarker)) {
                          throw new IllegalStateException("disk full (simulated)");
                        }
                        return RepeatStatus.FINISHED;
                      },
                      tm)
                  .build())
          .build();
    }

    @Bean(name = "rejectingJob")
    Job rejecting(JobRepository repo, PlatformTransactionManager tm) {
      return new JobBuilder("rejectingJob", repo)
          .start(
              new StepBuilder("only", repo)
                  .tasklet(
                      (c, x) -> {
                        throw new InputRejectedException("Cannot read input x.csv: line 3: no id");
                      },
                      tm)
                  .build())
          .build();
    }
  }

  @Test
  void failedJobRestartsFromTheFailedStep() throws Exception {
    EXECUTED.clear();
    MicrocertSettings settings = MicrocertSettings.defaults().withWarehouse(warehouse);
    Files.createDirectories(warehouse);
    Files.writeString(warehouse.resolve("fail-second-step"), "");
    JobParameters params = new JobParametersBuilder().addString("input", "a").toJobParameters();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    try (Progress p = new Progress(new PrintStream(err, true))) {
      int first = new JobRunner(settings, p).run(TwoStepJob.class, "twoStepJob", params, ctx -> {});
      assertThat(first).isEqualTo(ExitCodes.FAILURE);
      assertThat(err.toString())
          .contains("disk full (simulated)")
          .contains("Run the same command again");

      Files.delete(warehouse.resolve("fail-second-step"));
      int second =
          new JobRunner(settings, p).run(TwoStepJob.class, "twoStepJob", params, ctx -> {});
      assertThat(second).isEqualTo(ExitCodes.OK);
    }

    assertThat(EXECUTED).containsExactly("first", "second", "second");
    try (Connection c = DriverManager.getConnection(settings.jobRepositoryUrl(), "sa", "");
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "select count(*) from BATCH_JOB_INSTANCE i join BATCH_JOB_EXECUTION e on"
                        + " e.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID where i.JOB_NAME ="
                        + " 'twoStepJob'")) {
      rs.next();
      assertThat(rs.getInt(1)).as("two executions of one job instance").isEqualTo(2);
    }
  }

  @Test
  void rejectedInputExitsWithThree() throws Exception {
    MicrocertSettings settings = MicrocertSettings.defaults().withWarehouse(warehouse);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (Progress p = new Progress(new PrintStream(err, true))) {
      int code =
          new JobRunner(settings, p)
              .run(TwoStepJob.class, "rejectingJob", new JobParameters(), ctx -> {});
      assertThat(code).isEqualTo(ExitCodes.DATA_REJECTED);
    }
    assertThat(err.toString()).contains("error: Cannot read input x.csv: line 3: no id");
  }
}
