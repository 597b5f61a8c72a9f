package org.microcert.jobs.runs;

import java.time.LocalDateTime;

/**
 * One step execution of a past run, as the job repository holds it.
 *
 * @param name step name
 * @param status batch status (COMPLETED, FAILED, ...)
 * @param start start time, or {@code null} if it never started
 * @param end end time, or {@code null} if it has not ended
 * @param read items read
 * @param written items written
 * @param skipped items skipped (read, process and write skips)
 * @param commits commits
 * @param exitDescription exit description (empty when none)
 */
public record StepRecord(
    String name,
    String status,
    LocalDateTime start,
    LocalDateTime end,
    long read,
    long written,
    long skipped,
    long commits,
    String exitDescription) {}
