package org.microcert.jobs.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Finds executions left STARTED by a process that is gone (SIGKILL, OOM kill, power loss) and marks
 * them FAILED with an end time ({@link JobOperator#recover}), so that the next start restarts them
 * from the step that was running: completed steps are not repeated.
 *
 * <p>An execution is stale when its recorded owner ran on this host and its process is gone, or
 * when it belongs to this warehouse: the caller holds the warehouse lock, so no live run can be
 * writing it. An execution that recorded no owner (one started by an older microcert) is stale when
 * the job repository lives in the warehouse itself.
 */
public final class StaleExecutions {

  private final JobRepository repository;
  private final JobOperator operator;
  private final Path warehouse;
  private final boolean repositoryInWarehouse;

  public StaleExecutions(
      JobRepository repository,
      JobOperator operator,
      Path warehouse,
      boolean repositoryInWarehouse) {
    this.repository = repository;
    this.operator = operator;
    this.warehouse = warehouse.toAbsolutePath().normalize();
    this.repositoryInWarehouse = repositoryInWarehouse;
  }

  /** Recovers the stale executions of every job, printing one line for each. */
  public List<JobExecution> recoverAll(Consumer<String> out) {
    List<JobExecution> all = new ArrayList<>();
    for (String job : repository.getJobNames()) {
      all.addAll(recover(job, out));
    }
    return all;
  }

  /**
   * Recovers the stale executions of {@code jobName}, printing one line for each.
   *
   * @return the executions recovered
   */
  public List<JobExecution> recover(String jobName, Consumer<String> out) {
    List<JobExecution> running = new ArrayList<>(repository.findRunningJobExecutions(jobName));
    running.sort(Comparator.comparingLong(JobExecution::getId));
    List<JobExecution> recovered = new ArrayList<>();
    for (JobExecution e : running) {
      RunOwner owner = RunOwnerListener.ownerOf(e.getExecutionContext());
      if (!isStale(e, owner)) {
        continue;
      }
      String step = runningStep(e);
      operator.recover(e);
      recovered.add(e);
      out.accept(
          "Recovered "
              + jobName
              + " execution "
              + e.getId()
              + ": its process ("
              + (owner == null ? "not recorded" : owner.describe())
              + ") is gone, marked FAILED"
              + (step == null ? "" : " in step " + step)
              + "; restarting from there");
    }
    return recovered;
  }

  private boolean isStale(JobExecution e, RunOwner owner) {
    if (owner == null) {
      return repositoryInWarehouse;
    }
    if (!owner.isAlive()) {
      return true;
    }
    String w = e.getExecutionContext().getString(RunOwnerListener.WAREHOUSE, "");
    // We hold this warehouse's lock: a run on it that is not us is dead, wherever it ran.
    return w.equals(warehouse.toString()) && !owner.equals(RunOwner.current());
  }

  private static String runningStep(JobExecution e) {
    for (StepExecution s : e.getStepExecutions()) {
      if (s.getStatus().isRunning()) {
        return s.getStepName();
      }
    }
    return null;
  }
}
