package org.microcert.jobs.runs;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How past runs are printed: one line per run, or one run in detail. */
final class RunFormat {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final String LINE = "%6s  %-24s %-10s %-19s %9s  %s%n";

  private RunFormat() {}

  static void header(PrintWriter out) {
    out.printf(LINE, "ID", "JOB", "STATUS", "START", "DURATION", "STEPS (read/written/skipped)");
  }

  static void line(PrintWriter out, RunRecord run) {
    String steps =
        run.steps().stream()
            .map(s -> s.name() + " " + s.read() + "/" + s.written() + "/" + s.skipped())
            .collect(Collectors.joining(", "));
    out.printf(
        LINE,
        run.id(),
        run.job(),
        run.status(),
        time(run.start()),
        duration(run.duration()),
        steps.isEmpty() ? "-" : steps);
    if (!run.failureReason().isEmpty()) {
      out.println("        reason: " + run.failureReason());
    }
  }

  static void detail(PrintWriter out, RunRecord run) {
    out.println("Run " + run.id() + ": " + run.job());
    out.println("  status:   " + run.status());
    out.println("  start:    " + time(run.start()));
    out.println("  end:      " + time(run.end()));
    out.println("  duration: " + duration(run.duration()));
    if (!run.failureReason().isEmpty()) {
      out.println("  reason:   " + run.failureReason());
    }
    out.println("  parameters:");
    if (run.parameters().isEmpty()) {
      out.println("    (none)");
    }
    for (Map.Entry<String, String> p : run.parameters().entrySet()) {
      out.println("    " + p.getKey() + " = " + p.getValue());
    }
    out.println("  steps:");
    if (run.steps().isEmpty()) {
      out.println("    (none)");
    }
    String fmt = "    %-24s %-10s %8s %8s %8s %8s  %-19s %9s%n";
    if (!run.steps().isEmpty()) {
      out.printf(
          fmt, "STEP", "STATUS", "READ", "WRITTEN", "SKIPPED", "COMMITS", "START", "DURATION");
    }
    for (StepRecord s : run.steps()) {
      Duration d =
          s.start() == null || s.end() == null ? null : Duration.between(s.start(), s.end());
      out.printf(
          fmt,
          s.name(),
          s.status(),
          s.read(),
          s.written(),
          s.skipped(),
          s.commits(),
          time(s.start()),
          duration(d));
      String why = RunRecord.firstLine(s.exitDescription());
      if (!"COMPLETED".equals(s.status()) && !why.isEmpty()) {
        out.println("      reason: " + why);
      }
    }
  }

  static String time(LocalDateTime t) {
    return t == null ? "-" : TIME.format(t);
  }

  static String duration(Duration d) {
    if (d == null) {
      return "-";
    }
    long ms = d.toMillis();
    if (ms < 60_000) {
      return String.format(Locale.ROOT, "%.1fs", ms / 1000.0);
    }
    long s = ms / 1000;
    return s < 3600
        ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60)
        : String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
  }
}
