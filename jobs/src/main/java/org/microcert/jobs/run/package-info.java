/**
 * Run support shared by every command: {@link org.microcert.jobs.run.JobCommand} (the base of a
 * command that runs a job), {@link org.microcert.jobs.run.JobRunner} (starts one Spring Batch job,
 * maps its outcome to an exit code), {@link org.microcert.jobs.run.Progress} (progress lines on
 * standard error), {@link org.microcert.jobs.run.ExitCodes} and {@link
 * org.microcert.jobs.run.RootCommand} (how a subcommand gets its settings).
 *
 * <p>Crash safety, for every job the runner starts: {@link org.microcert.jobs.run.WarehouseLock}
 * (one writer per warehouse), {@link org.microcert.jobs.run.StaleExecutions} (an execution whose
 * process is gone is marked FAILED so the re-run resumes it), {@link
 * org.microcert.jobs.run.LeftoverCleaner} (temporary and staging folders of dead runs). See
 * docs/nightly.md.
 *
 * <p>This package depends on no feature; every feature depends on it.
 */
package org.microcert.jobs.run;
