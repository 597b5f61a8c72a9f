package org.microcert.jobs.run;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Optional;

/**
 * The process that runs a job: its pid, host and start time. A run records its owner in the lock
 * file and in the job execution's context, so that a later run can tell a dead owner from a live
 * one.
 *
 * @param pid process id
 * @param host host name
 * @param started the process's start time (ISO-8601), or empty when the system does not say
 */
public record RunOwner(long pid, String host, String started) {

  /** This process. */
  public static RunOwner current() {
    ProcessHandle self = ProcessHandle.current();
    return new RunOwner(self.pid(), hostName(), startOf(self).map(Instant::toString).orElse(""));
  }

  /**
   * Whether this owner's process still runs. Only a process on this host can be checked: one on
   * another host counts as alive. A pid reused by a later process does not count (start times
   * differ).
   */
  public boolean isAlive() {
    if (!host.equals(hostName())) {
      return true;
    }
    Optional<ProcessHandle> p = ProcessHandle.of(pid);
    if (p.isEmpty() || !p.get().isAlive()) {
      return false;
    }
    if (started.isEmpty()) {
      return true;
    }
    return startOf(p.get()).map(s -> s.toString().equals(started)).orElse(true);
  }

  /** For messages: "pid 123 on host h, started T". */
  public String describe() {
    return "pid " + pid + " on host " + host + (started.isEmpty() ? "" : ", started " + started);
  }

  /** The line kept in the lock file. */
  String toLine() {
    return pid + " " + host + " " + (started.isEmpty() ? "-" : started);
  }

  /** Parses {@link #toLine()}; empty if the text is not such a line. */
  static Optional<RunOwner> parse(String line) {
    String[] f = line.trim().split(" ");
    if (f.length != 3) {
      return Optional.empty();
    }
    try {
      return Optional.of(new RunOwner(Long.parseLong(f[0]), f[1], "-".equals(f[2]) ? "" : f[2]));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<Instant> startOf(ProcessHandle p) {
    // Truncated to seconds: the JVM reads a process's start with clock-tick precision.
    return p.info().startInstant().map(i -> Instant.ofEpochSecond(i.getEpochSecond()));
  }

  private static String hostName() {
    String env = System.getenv("HOSTNAME");
    if (env != null && !env.isBlank()) {
      return env.trim();
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
