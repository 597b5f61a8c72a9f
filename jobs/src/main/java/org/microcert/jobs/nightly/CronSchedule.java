package org.microcert.jobs.nightly;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.microcert.jobs.support.UsageException;
import org.springframework.scheduling.support.CronExpression;

/**
 * A validated cron expression (Spring's six fields: second minute hour day month weekday) in a time
 * zone: when the next night starts.
 */
final class CronSchedule {

  private final String text;
  private final CronExpression cron;
  private final ZoneId zone;

  private CronSchedule(String text, CronExpression cron, ZoneId zone) {
    this.text = text;
    this.cron = cron;
    this.zone = zone;
  }

  /**
   * Parses {@code expression}.
   *
   * @param source where the expression comes from, for the message ({@code --cron}, ...)
   * @throws UsageException "Cannot use cron 'x': why" for a malformed expression or one that never
   *     fires
   */
  static CronSchedule parse(String expression, String source, ZoneId zone) {
    String e = expression == null ? "" : expression.strip();
    CronExpression cron;
    try {
      cron = CronExpression.parse(e);
    } catch (IllegalArgumentException x) {
      throw new UsageException(
          "Cannot use cron '"
              + e
              + "' ("
              + source
              + "): "
              + x.getMessage()
              + " (six fields: second minute hour day month weekday, e.g. '0 0 2 * * *')");
    }
    CronSchedule s = new CronSchedule(e, cron, zone);
    if (s.cron.next(ZonedDateTime.now(zone)) == null) {
      throw new UsageException("Cannot use cron '" + e + "' (" + source + "): it never fires");
    }
    return s;
  }

  /** The first fire time strictly after {@code after}, or {@code null} if there is none. */
  Instant next(Instant after) {
    ZonedDateTime n = cron.next(after.atZone(zone));
    return n == null ? null : n.toInstant();
  }

  ZoneId zone() {
    return zone;
  }

  @Override
  public String toString() {
    return text;
  }
}
