package org.microcert.jobs.nightly;

import java.time.Clock;
import java.time.ZoneId;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.JobCommand;
import org.microcert.jobs.run.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code microcert schedule}: runs {@code nightly} at every fire time of {@code nightly.cron} (or
 * {@code --cron}) until SIGTERM.
 */
@Command(
    name = "schedule",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the nightly refresh on a schedule: at every fire time of the cron expression"
          + " nightly.cron of conf/ (or --cron), exactly what 'nightly' runs for that date (UTC)."
          + " A night that fails is logged and the scheduler waits for the next one.",
      "Runs until stopped: SIGTERM (Ctrl-C) ends the wait at once, or lets a night in progress"
          + " finish first. Plain cron, a systemd timer or a Kubernetes CronJob running 'nightly'"
          + " do the same: see docs/nightly.md."
    })
public final class ScheduleCommand extends JobCommand {

  @Option(
      names = "--cron",
      paramLabel = "EXPR",
      description =
          "Cron expression, Spring's six fields: second minute hour day month weekday, in the"
              + " local time zone (default: nightly.cron of conf/, e.g. '0 0 2 * * *').")
  String cron;

  @Override
  protected int call(MicrocertSettings settings, Progress progress) throws Exception {
    CronSchedule schedule =
        cron != null
            ? CronSchedule.parse(cron, "--cron", ZoneId.systemDefault())
            : CronSchedule.parse(
                settings.nightly().cron(),
                "nightly.cron of the configuration",
                ZoneId.systemDefault());
    NightlyScheduler scheduler =
        new NightlyScheduler(
            schedule,
            Clock.systemUTC(),
            NightlyScheduler::sleepUntil,
            date -> NightlyCommand.night(settings, progress, date),
            progress::info);
    Thread hook =
        new Thread(
            () -> {
              try {
                scheduler.stop(Long.MAX_VALUE);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "microcert-schedule-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    int code = scheduler.run();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down (SIGTERM): the hook is running
    }
    return code;
  }
}
