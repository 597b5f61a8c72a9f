package org.microcert.jobs.runs;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One job execution of a past run, with its parameters and steps.
 *
 * @param id job execution id
 * @param job job name
 * @param status batch status (COMPLETED, FAILED, STARTED, ABANDONED, ...)
 * @param start start time, or {@code null} if it never started
 * @param end end time, or {@code null} if it has not ended
 * @param exitDescription exit description (empty when none)
 * @param parameters job parameters by name, in name order
 * @param steps step executions in the order they ran
 */
public record RunRecord(
    long id,
    String job,
    String status,
    LocalDateTime start,
    LocalDateTime end,
    String exitDescription,
    Map<String, String> parameters,
    List<StepRecord> steps) {

  private static final Pattern EXCEPTION_PREFIX =
      Pattern.compile("^(?:[A-Za-z_$][\\w$]*\\.)*[A-Z][\\w$]*(?:Exception|Error):\\s*");

  public RunRecord {
    parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
    steps = List.copyOf(steps);
  }

  /** The run's duration, or {@code null} if it has not both started and ended. */
  public Duration duration() {
    return start == null || end == null ? null : Duration.between(start, end);
  }

  /**
   * Why the run failed: the first line of its exit description (else of its first failed step's),
   * without a leading exception class name; empty when it did not fail or says nothing.
   */
  public String failureReason() {
    String reason = firstLine(exitDescription);
    if (reason.isEmpty()) {
      for (StepRecord s : steps) {
        if (!"COMPLETED".equals(s.status()) && !firstLine(s.exitDescription()).isEmpty()) {
          reason = firstLine(s.exitDescription());
          break;
        }
      }
    }
    return "COMPLETED".equals(status) ? "" : reason;
  }

  static String firstLine(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String line = text.strip().lines().findFirst().orElse("").strip();
    return EXCEPTION_PREFIX.matcher(line).replaceFirst("");
  }
}
