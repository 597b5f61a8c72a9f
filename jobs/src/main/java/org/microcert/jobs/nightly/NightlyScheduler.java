package org.microcert.jobs.nightly;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.microcert.jobs.config.JdbcUrls;

/**
 * Runs a night at every fire time of a {@link CronSchedule}, until {@link #stop(long)}: the night
 * of a fire time is its UTC date (what {@code nightly} without {@code --date} would run at that
 * moment). A night that fails (non-zero exit or an exception) is logged and the scheduler goes on
 * to the next fire time. {@link #stop(long)} wakes a waiting scheduler at once; a night in progress
 * is left to finish (killing it mid-stage is safe too: the next night resumes it).
 */
final class NightlyScheduler {

  /** Runs one night; returns its exit code. */
  interface Night {
    int run(LocalDate date) throws Exception;
  }

  /** Waits until an instant of the scheduler's clock. */
  interface Sleeper {
    void sleepUntil(Instant t, Clock clock) throws InterruptedException;
  }

  private final CronSchedule schedule;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Night night;
  private final Consumer<String> log;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile boolean stopping;
  private volatile Thread loop;
  private volatile boolean running;

  NightlyScheduler(
      CronSchedule schedule, Clock clock, Sleeper sleeper, Night night, Consumer<String> log) {
    this.schedule = Objects.requireNonNull(schedule);
    this.clock = Objects.requireNonNull(clock);
    this.sleeper = Objects.requireNonNull(sleeper);
    this.night = Objects.requireNonNull(night);
    this.log = Objects.requireNonNull(log);
  }

  /** Sleeps on the system clock, waking at least once a minute (a clock change is followed). */
  static void sleepUntil(Instant t, Clock clock) throws InterruptedException {
    for (long ms = t.toEpochMilli() - clock.millis();
        ms > 0;
        ms = t.toEpochMilli() - clock.millis()) {
      Thread.sleep(Math.min(ms, 60_000));
    }
  }

  /**
   * Runs nights until {@link #stop(long)}; returns 0 (stopped), or 1 when the schedule has no
   * further fire time.
   */
  int run() {
    loop = Thread.currentThread();
    try {
      while (!stopping) {
        Instant next = schedule.next(clock.instant());
        if (next == null) {
          log.accept("error: cron '" + schedule + "' fires no more: the scheduler stops");
          return 1;
        }
        LocalDate date = next.atZone(ZoneOffset.UTC).toLocalDate();
        log.accept(
            "next night at "
                + next.atZone(schedule.zone()).toOffsetDateTime()
                + " (the night of "
                + date
                + ", cron '"
                + schedule
                + "' in "
                + schedule.zone()
                + ")");
        try {
          sleeper.sleepUntil(next, clock);
        } catch (InterruptedException e) {
          if (!stopping) {
            Thread.currentThread().interrupt();
          }
          break;
        }
        if (stopping) {
          break;
        }
        runNight(date);
      }
      log.accept("scheduler stopped");
      return 0;
    } finally {
      stopped.countDown();
    }
  }

  private void runNight(LocalDate date) {
    running = true;
    try {
      int code = night.run(date);
      if (code == 0) {
        log.accept("night of " + date + " done");
      } else {
        log.accept(
            "night of " + date + " failed (exit " + code + "); the scheduler goes on to the next");
      }
    } catch (Exception e) {
      log.accept(
          "night of "
              + date
              + " failed ("
              + JdbcUrls.mask(e.getMessage() == null ? e.toString() : e.getMessage())
              + "); the scheduler goes on to the next");
    } finally {
      running = false;
      // A night can leave the interrupt flag set; the next sleep must not end at once.
      if (!stopping) {
        Thread.interrupted();
      }
    }
  }

  /**
   * Stops the scheduler: a wait ends at once, a night in progress finishes first. Returns once the
   * loop has ended or {@code timeoutSeconds} passed.
   */
  void stop(long timeoutSeconds) throws InterruptedException {
    stopping = true;
    Thread t = loop;
    if (t != null && !running) {
      t.interrupt();
    } else if (running) {
      log.accept("stopping once the night in progress ends");
    }
    stopped.await(timeoutSeconds, TimeUnit.SECONDS);
  }
}
