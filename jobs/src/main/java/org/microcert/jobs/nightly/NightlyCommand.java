package org.microcert.jobs.nightly;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.JobCommand;
import org.microcert.jobs.run.JobRunner;
import org.microcert.jobs.run.Progress;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code microcert nightly}: runs the {@code nightlyJob} for one date. */
@Command(
    name = "nightly",
    mixinStandardHelpOptions = true,
    description = {
      "The nightly refresh as one job, one step per stage: ESCO import of a new release in the"
          + " inbox, ingest of new postings files, skill extraction, demand, alignment of new or"
          + " changed submissions (all after a new release), relevance, reports, catalog draft."
          + " A stage with nothing new is skipped. Inboxes: the nightly: section of conf/.",
      "A second run for the same date does nothing; a run killed at any point resumes where it"
          + " stopped when started again. See docs/nightly.md."
    })
public final class NightlyCommand extends JobCommand {

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "The night to run (default: today, UTC).")
  LocalDate date;

  @Override
  protected int call(MicrocertSettings settings, Progress progress) {
    return night(settings, progress, date == null ? LocalDate.now(ZoneOffset.UTC) : date);
  }

  /**
   * Runs the night of {@code night} (what {@code nightly --date} runs, and what {@code schedule}
   * runs at each fire time): its own job runner, so the warehouse lock, the recovery of a killed
   * night and the clean-up of its leftovers happen for every night.
   */
  public static int night(MicrocertSettings settings, Progress progress, LocalDate night) {
    long start = System.nanoTime();
    // The warehouse too: one PostgreSQL job repository may serve several warehouses.
    var params =
        new JobParametersBuilder()
            .addString("date", night.toString())
            .addString("warehouse", settings.warehouse().toAbsolutePath().normalize().toString())
            .toJobParameters();
    int code =
        new JobRunner(settings, progress)
            .runOnce(
                NightlyJobConfiguration.class,
                NightlyJobConfiguration.JOB_NAME,
                params,
                ctx ->
                    ctx.registerBean(
                        NightlyJobConfiguration.Night.class,
                        () -> new NightlyJobConfiguration.Night(night)),
                "the night of " + night + " is already done: nothing to do");
    progress.info(
        String.format(
            Locale.ROOT,
            "nightly %s took %.1f s (exit %d)",
            night,
            (System.nanoTime() - start) / 1e9,
            code));
    return code;
  }
}
