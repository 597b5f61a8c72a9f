package org.microcert.jobs.run;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Paths that restartable executions will resume from (kept by {@link LeftoverCleaner}). */
public final class RestartState {

  private static final int INSTANCES_PER_JOB = 20;

  private RestartState() {}

  /**
   * Every path-like string value in the contexts of the last execution of a job instance that has
   * not finished (failed, stopped or still marked running).
   */
  public static Set<Path> pathsInUse(JobRepository repository) {
    Set<Path> paths = new HashSet<>();
    for (String job : repository.getJobNames()) {
      for (JobInstance i : repository.getJobInstances(job, 0, INSTANCES_PER_JOB)) {
        JobExecution last = repository.getLastJobExecution(i);
        if (last == null || !restartable(last.getStatus())) {
          continue;
        }
        last = repository.getJobExecution(last.getId());
        collect(last.getExecutionContext(), paths);
        for (StepExecution s : last.getStepExecutions()) {
          collect(s.getExecutionContext(), paths);
        }
      }
    }
    return paths;
  }

  private static boolean restartable(BatchStatus s) {
    return s == BatchStatus.FAILED
        || s == BatchStatus.STOPPED
        || s == BatchStatus.UNKNOWN
        || s.isRunning();
  }

  private static void collect(ExecutionContext c, Set<Path> into) {
    for (Map.Entry<String, Object> e : c.entrySet()) {
      if (e.getValue() instanceof String s && s.startsWith("/")) {
        try {
          into.add(Path.of(s).toAbsolutePath().normalize());
        } catch (InvalidPathException ignored) {
          // not a path
        }
      }
    }
  }
}
