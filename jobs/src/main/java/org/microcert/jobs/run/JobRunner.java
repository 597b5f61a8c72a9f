package org.microcert.jobs.run;

import java.util.List;
import java.util.function.Consumer;
import org.microcert.jobs.config.BatchInfrastructureConfiguration;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.taxonomy.InputRejectedException;
import org.microcert.taxonomy.io.FileDigests;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Starts one Spring Batch job through {@link JobOperator} and turns its outcome into an exit code.
 *
 * <p>The job's identifying parameters are the command's inputs, so running a command again after a
 * failure restarts the failed execution from its failed step (the JDBC job repository remembers
 * it). A command whose last run completed starts a new instance.
 */
public final class JobRunner {

  private final MicrocertSettings settings;
  private final Progress progress;

  public JobRunner(MicrocertSettings settings, Progress progress) {
    this.settings = settings;
    this.progress = progress;
  }

  /** Runs the job {@code jobName} defined by {@code jobConfiguration}; returns its exit code. */
  public int run(Class<?> jobConfiguration, String jobName, JobParameters parameters) {
    return run(jobConfiguration, jobName, parameters, ctx -> {});
  }

  /**
   * Runs the job {@code jobName} defined by {@code jobConfiguration}.
   *
   * @param beans registers command-specific beans (inputs too rich for job parameters)
   * @return the exit code: 0 completed, 3 input rejected, 1 any other failure
   */
  public int run(
      Class<?> jobConfiguration,
      String jobName,
      JobParameters parameters,
      Consumer<AnnotationConfigApplicationContext> beans) {
    return run(jobConfiguration, jobName, parameters, beans, null);
  }

  /**
   * Like {@link #run}, but a job instance that already completed is not started again: {@code
   * doneMessage} is printed and the exit code is 0.
   */
  public int runOnce(
      Class<?> jobConfiguration,
      String jobName,
      JobParameters parameters,
      Consumer<AnnotationConfigApplicationContext> beans,
      String doneMessage) {
    return run(jobConfiguration, jobName, parameters, beans, doneMessage);
  }

  private int run(
      Class<?> jobConfiguration,
      String jobName,
      JobParameters parameters,
      Consumer<AnnotationConfigApplicationContext> beans,
      String doneMessage) {
    WarehouseLock lock;
    try {
      lock = WarehouseLock.acquire(settings.warehouse(), "run " + jobName, progress::info);
    } catch (WarehouseBusyException e) {
      progress.info("error: " + e.getMessage());
      return ExitCodes.FAILURE;
    }
    // One digest per input file per run: the recorded inputs, the ESCO import and the nightly
    // watermarks share this run's memo.
    FileDigests.clear();
    try (lock;
        AnnotationConfigApplicationContext ctx = new AnnotationConfigApplicationContext()) {
      ctx.registerBean(MicrocertSettings.class, () -> settings);
      ctx.registerBean(Progress.class, () -> progress);
      beans.accept(ctx);
      ctx.register(BatchInfrastructureConfiguration.class, jobConfiguration);
      ctx.refresh();
      Job job = ctx.getBean(jobName, Job.class);
      JobOperator operator = ctx.getBean(JobOperator.class);
      JobRepository repository = ctx.getBean(JobRepository.class);
      // Every job of the context: a job can run others (the nightly job runs one per stage).
      for (Job j : ctx.getBeansOfType(Job.class).values()) {
        if (j instanceof AbstractJob a) {
          a.registerJobExecutionListener(new RunOwnerListener(repository, settings.warehouse()));
          a.registerJobExecutionListener(new RunInputsListener(settings));
        }
      }
      boolean repositoryInWarehouse = settings.jobRepository().url().isBlank();
      new StaleExecutions(repository, operator, settings.warehouse(), repositoryInWarehouse)
          .recoverAll(progress::info);
      LeftoverCleaner.clean(
          settings.warehouse(), RestartState.pathsInUse(repository), progress::info);
      if (doneMessage != null) {
        JobExecution last = repository.getLastJobExecution(jobName, parameters);
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
          progress.info(doneMessage);
          return ExitCodes.OK;
        }
      }
      JobExecution execution = start(operator, job, parameters);
      return exitCode(execution);
    }
  }

  private JobExecution start(JobOperator operator, Job job, JobParameters parameters) {
    try {
      try {
        return operator.start(job, parameters);
      } catch (JobInstanceAlreadyCompleteException e) {
        JobParameters fresh =
            new JobParametersBuilder(parameters)
                .addLong("run.id", System.currentTimeMillis())
                .toJobParameters();
        return operator.start(job, fresh);
      }
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(
          "Cannot start job " + job.getName() + ": " + e.getMessage(), e);
    }
  }

  private int exitCode(JobExecution execution) {
    if (execution.getStatus() == BatchStatus.COMPLETED) {
      return ExitCodes.OK;
    }
    List<Throwable> failures = execution.getAllFailureExceptions();
    for (Throwable t : failures) {
      InputRejectedException rejected = ExitCodes.findRejection(t);
      if (rejected != null) {
        progress.info("error: " + rejected.getMessage());
        return ExitCodes.DATA_REJECTED;
      }
    }
    String why =
        failures.isEmpty()
            ? execution.getExitStatus().getExitDescription()
            : rootMessage(failures.get(0));
    progress.info(
        "error: Cannot complete job "
            + execution.getJobInstance().getJobName()
            + " (execution "
            + execution.getId()
            + ", status "
            + execution.getStatus()
            + "): "
            + why);
    progress.info("Run the same command again to restart it from the failed step.");
    return ExitCodes.FAILURE;
  }

  private static String rootMessage(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root == t || root.getMessage() == null || root.getMessage().equals(t.getMessage())) {
      return String.valueOf(t.getMessage());
    }
    return t.getMessage() + " (" + root.getMessage() + ")";
  }
}
