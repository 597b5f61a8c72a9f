package org.microcert.jobs.nightly;

import java.util.List;
import java.util.Map;
import org.springframework.batch.core.job.parameters.JobParameters;

/** One stage of the nightly job: what is new tonight, as runs of an existing job. */
interface Stage {

  /** The step's name. */
  String name();

  /** Tonight's work, given the watermarks; {@link Plan#skip} when nothing is new. */
  Plan plan(NightlyState state);

  /**
   * One run of an existing job.
   *
   * @param label for progress lines
   * @param stateKey the watermark set to {@code stateValue} once the run completed
   * @param tolerateRejection a rejected input is recorded and the stage goes on (a bad submission
   *     must not stop the night)
   */
  record Work(
      String jobName,
      JobParameters parameters,
      String label,
      String stateKey,
      String stateValue,
      boolean tolerateRejection) {}

  /**
   * @param work the runs, in order; empty to skip the stage
   * @param skipReason why there is nothing to do (when {@code work} is empty)
   * @param whenDone watermarks set once every run completed
   */
  record Plan(List<Work> work, String skipReason, Map<String, String> whenDone) {
    static Plan skip(String why) {
      return new Plan(List.of(), why, Map.of());
    }
  }
}
