package org.microcert.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.microcert.jobs.support.UsageException;

/** The schedule's fire times and the scheduler's loop, on a fake clock (no waiting). */
class NightlySchedulerTest {

  @Test
  void nextFireTimeIsTheNextMatchingSecondInTheZone() {
    CronSchedule utc = CronSchedule.parse("0 0 2 * * *", "test", ZoneOffset.UTC);
    assertThat(utc.next(Instant.parse("2026-12-03T01:00:00Z")))
        .isEqualTo(Instant.parse("2026-12-03T02:00:00Z"));
    // Strictly after: at the fire time itself, the next is a day later.
    assertThat(utc.next(Instant.parse("2026-12-03T02:00:00Z")))
        .isEqualTo(Instant.parse("2026-12-04T02:00:00Z"));
    CronSchedule toronto =
        CronSchedule.parse("0 30 2 * * MON-FRI", "test", ZoneId.of("America/Toronto"));
    // Friday 2026-12-04 03:00 UTC is Thursday 22:00 in Toronto: next is Friday 02:30 EST.
    assertThat(toronto.next(Instant.parse("2026-12-04T03:00:00Z")))
        .isEqualTo(Instant.parse("2026-12-04T07:30:00Z"));
    // After Friday's: Monday's.
    assertThat(toronto.next(Instant.parse("2026-12-04T07:30:00Z")))
        .isEqualTo(Instant.parse("2026-12-07T07:30:00Z"));
  }

  @Test
  void aBadExpressionIsAUsageErrorNamingIt() {
    assertThatThrownBy(() -> CronSchedule.parse("0 2 * * *", "--cron", ZoneOffset.UTC))
        .isInstanceOf(UsageException.class)
        .hasMessageStartingWith("Cannot use cron '0 2 * * *' (--cron): ")
        .hasMessageContaining("6 fields");
    assertThatThrownBy(() -> CronSchedule.parse("0 0 25 * * *", "--cron", ZoneOffset.UTC))
        .isInstanceOf(UsageException.class)
        .hasMessageStartingWith("Cannot use cron '0 0 25 * * *' (--cron): ");
    assertThatThrownBy(() -> CronSchedule.parse("0 0 2 30 2 *", "--cron", ZoneOffset.UTC))
        .isInstanceOf(UsageException.class)
        .hasMessage("Cannot use cron '0 0 2 30 2 *' (--cron): it never fires");
  }

  @Test
  void eachFireTimeRunsItsNightAndAFailedNightDoesNotStopTheScheduler() {
    MutableClock clock = new MutableClock(Instant.parse("2026-12-03T23:00:00Z"));
    CronSchedule s = CronSchedule.parse("0 0 2 * * *", "test", ZoneOffset.UTC);
    List<String> log = new ArrayList<>();
    List<LocalDate> nights = new ArrayList<>();
    NightlyScheduler[] scheduler = new NightlyScheduler[1];
    scheduler[0] =
        new NightlyScheduler(
            s,
            clock,
            (t, c) -> clock.now = t,
            date -> {
              nights.add(date);
              return switch (nights.size()) {
                case 1 -> 1;
                case 2 -> throw new IllegalStateException("Cannot open the job repository: gone");
                default -> {
                  scheduler[0].stop(0);
                  yield 0;
                }
              };
            },
            log::add);
    assertThat(scheduler[0].run()).isZero();
    assertThat(nights)
        .containsExactly(
            LocalDate.parse("2026-12-04"),
            LocalDate.parse("2026-12-05"),
            LocalDate.parse("2026-12-06"));
    assertThat(log.get(0)).startsWith("next night at 2026-12-04T02:00Z (the night of 2026-12-04");
    assertThat(log)
        .contains(
            "night of 2026-12-04 failed (exit 1); the scheduler goes on to the next",
            "night of 2026-12-05 failed (Cannot open the job repository: gone); the scheduler goes"
                + " on to the next",
            "stopping once the night in progress ends",
            "night of 2026-12-06 done")
        .last()
        .isEqualTo("scheduler stopped");
  }

  @Test
  void stopEndsAWaitAtOnce() throws Exception {
    CronSchedule yearly = CronSchedule.parse("0 0 2 1 1 *", "test", ZoneOffset.UTC);
    List<String> log = new CopyOnWriteArrayList<>();
    NightlyScheduler s =
        new NightlyScheduler(
            yearly, Clock.systemUTC(), NightlyScheduler::sleepUntil, d -> 0, log::add);
    Thread t = new Thread(s::run);
    t.start();
    while (log.isEmpty()) {
      Thread.onSpinWait();
    }
    s.stop(60);
    t.join(60_000);
    assertThat(t.isAlive()).isFalse();
    assertThat(log).hasSize(2).last().isEqualTo("scheduler stopped");
  }

  private static final class MutableClock extends Clock {
    volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
