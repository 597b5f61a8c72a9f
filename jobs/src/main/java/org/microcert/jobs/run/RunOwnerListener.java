package org.microcert.jobs.run;

import java.nio.file.Path;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Records the running process ({@link RunOwner}) and the warehouse in a job execution's context as
 * soon as it starts, and saves the context at once: a run killed in its first step must still say
 * whose it was.
 */
public final class RunOwnerListener implements JobExecutionListener {

  static final String PID = "microcert.owner.pid";
  static final String HOST = "microcert.owner.host";
  static final String STARTED = "microcert.owner.started";
  static final String WAREHOUSE = "microcert.warehouse";

  private final JobRepository repository;
  private final Path warehouse;

  public RunOwnerListener(JobRepository repository, Path warehouse) {
    this.repository = repository;
    this.warehouse = warehouse.toAbsolutePath().normalize();
  }

  @Override
  public void beforeJob(JobExecution execution) {
    RunOwner me = RunOwner.current();
    ExecutionContext c = execution.getExecutionContext();
    c.putLong(PID, me.pid());
    c.putString(HOST, me.host());
    c.putString(STARTED, me.started());
    c.putString(WAREHOUSE, warehouse.toString());
    repository.updateExecutionContext(execution);
  }

  /** The owner recorded in {@code c}, or {@code null} for an execution that recorded none. */
  static RunOwner ownerOf(ExecutionContext c) {
    if (!c.containsKey(PID) || !c.containsKey(HOST)) {
      return null;
    }
    return new RunOwner(c.getLong(PID), c.getString(HOST), c.getString(STARTED, ""));
  }
}
