package org.microcert.jobs.nightly;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.microcert.jobs.run.ExitCodes;
import org.microcert.jobs.run.Progress;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;

/**
 * Runs a {@link Stage} as one step of the nightly job: plans, then starts each run's job (or
 * restarts it where a killed night left it, or reuses it when it had completed), adds the runs'
 * counts to this step execution and moves the watermarks. A stage with nothing new completes at
 * once with exit code NOOP and its reason.
 */
final class StageStep extends AbstractStep {

  private final Stage stage;
  private final Path warehouse;
  private final String night;
  private final ApplicationContext jobs;
  private final ObjectProvider<JobOperator> operator;
  private final Progress progress;

  StageStep(
      Stage stage,
      Path warehouse,
      String night,
      ApplicationContext jobs,
      JobRepository repository,
      ObjectProvider<JobOperator> operator,
      Progress progress) {
    super(repository);
    setName(stage.name());
    this.stage = stage;
    this.warehouse = warehouse;
    this.night = night;
    this.jobs = jobs;
    this.operator = operator;
    this.progress = progress;
  }

  @Override
  protected void doExecute(StepExecution step) throws Exception {
    long start = System.nanoTime();
    NightlyState state = NightlyState.load(warehouse);
    Stage.Plan plan = stage.plan(state);
    if (plan.work().isEmpty()) {
      progress.info("stage " + stage.name() + ": skipped, " + plan.skipReason());
      step.setExitStatus(ExitStatus.NOOP.addExitDescription(plan.skipReason()));
      return;
    }
    progress.phase("stage " + stage.name() + ": " + plan.work().size() + " run(s)");
    long read = 0;
    long written = 0;
    long skipped = 0;
    int rejected = 0;
    for (Stage.Work w : plan.work()) {
      JobExecution e = runOrReuse(w);
      for (StepExecution s : e.getStepExecutions()) {
        read += s.getReadCount();
        written += s.getWriteCount();
        skipped += s.getReadSkipCount() + s.getProcessSkipCount() + s.getWriteSkipCount();
      }
      if (e.getStatus() == BatchStatus.COMPLETED) {
        state.put(w.stateKey(), w.stateValue());
      } else if (w.tolerateRejection() && rejected(e)) {
        rejected++;
        state.put(w.stateKey(), "rejected|" + w.stateValue());
        progress.info("stage " + stage.name() + ": " + w.label() + " rejected, the night goes on");
      } else {
        throw new IllegalStateException(
            "Cannot complete stage "
                + stage.name()
                + ": "
                + w.label()
                + " ended "
                + e.getStatus()
                + e.getAllFailureExceptions().stream()
                    .findFirst()
                    .map(t -> " (" + t.getMessage() + ")")
                    .orElse(""));
      }
      state.save();
    }
    for (Map.Entry<String, String> d : plan.whenDone().entrySet()) {
      state.put(d.getKey(), d.getValue());
    }
    state.save();
    step.setReadCount(read);
    step.setWriteCount(written);
    step.setReadSkipCount(skipped);
    step.getExecutionContext().putInt("runs", plan.work().size());
    step.getExecutionContext().putInt("rejected", rejected);
    String summary =
        String.format(
            Locale.ROOT,
            "%d run(s), %d rejected; read %,d, written %,d, skipped %,d; %.1f s",
            plan.work().size(),
            rejected,
            read,
            written,
            skipped,
            (System.nanoTime() - start) / 1e9);
    step.setExitStatus(ExitStatus.COMPLETED.addExitDescription(summary));
    progress.info("stage " + stage.name() + ": " + summary);
  }

  private JobExecution runOrReuse(Stage.Work w) throws Exception {
    var params =
        new JobParametersBuilder(w.parameters()).addString("nightly", night).toJobParameters();
    JobExecution last = getJobRepository().getLastJobExecution(w.jobName(), params);
    if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
      progress.info("stage " + stage.name() + ": " + w.label() + " already done tonight");
      return getJobRepository().getJobExecution(last.getId());
    }
    progress.info("stage " + stage.name() + ": " + w.label());
    Job job = jobs.getBean(w.jobName(), Job.class);
    return operator.getObject().start(job, params);
  }

  private static boolean rejected(JobExecution e) {
    return e.getAllFailureExceptions().stream().anyMatch(t -> ExitCodes.findRejection(t) != null);
  }
}
