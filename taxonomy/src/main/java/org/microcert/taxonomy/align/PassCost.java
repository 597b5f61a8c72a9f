package org.microcert.taxonomy.align;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What one timed pass of a benchmark cost the JVM besides its wall time: the process's CPU time
 * (all threads: workers, JIT compiler, garbage collector), the JIT compiler's time and the garbage
 * collector's. On a shared machine the wall time of a pass depends on the other load; its CPU time
 * much less, so the two passes of a paired figure can be compared by either.
 *
 * @param wallSeconds wall time
 * @param cpuSeconds CPU time of the whole process (NaN if the JVM does not say)
 * @param jitSeconds time the JVM reports its JIT compiler spent compiling: elapsed time of the
 *     compile tasks, so on a busy machine it includes time spent waiting for a core (NaN if not
 *     supported)
 * @param compilerCpuSeconds CPU time of the JIT compiler threads themselves (C1 and C2), read from
 *     Linux's {@code /proc/self/task/<tid>/schedstat}; NaN where there is no such file. A compiler
 *     thread that the JVM starts and stops again within the pass is not counted (HotSpot keeps its
 *     first C1 and C2 threads, the only ones on a 2-core machine)
 * @param gcSeconds time the collectors report (pauses, for the parallel collector)
 */
public record PassCost(
    double wallSeconds,
    double cpuSeconds,
    double jitSeconds,
    double compilerCpuSeconds,
    double gcSeconds) {

  /** A pass that did not run. */
  public static final PassCost NONE = new PassCost(0, 0, 0, 0, 0);

  private static final Path TASKS = Path.of("/proc/self/task");

  /** Counters at the start of a pass; {@link #stop()} gives the pass's cost. */
  public static final class Meter {
    private final long wall = System.nanoTime();
    private final double cpu = cpu();
    private final double jit = jit();
    private final double compilerCpu = compilerCpu();
    private final double gc = gc();

    private Meter() {}

    /** The cost since {@link PassCost#start()}. */
    public PassCost stop() {
      return new PassCost(
          (System.nanoTime() - wall) / 1e9,
          cpu() - cpu,
          jit() - jit,
          compilerCpu() - compilerCpu,
          gc() - gc);
    }
  }

  /** Starts measuring a pass. */
  public static Meter start() {
    return new Meter();
  }

  private static double cpu() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
            && os.getProcessCpuTime() >= 0
        ? os.getProcessCpuTime() / 1e9
        : Double.NaN;
  }

  private static double jit() {
    CompilationMXBean c = ManagementFactory.getCompilationMXBean();
    return c != null && c.isCompilationTimeMonitoringSupported()
        ? c.getTotalCompilationTime() / 1e3
        : Double.NaN;
  }

  /**
   * CPU seconds of the threads named like HotSpot's compiler threads ({@code C1 CompilerThread0},
   * {@code C2 CompilerThread0}; Linux keeps 15 characters of a thread's name), or NaN.
   */
  static double compilerCpu() {
    if (!Files.isDirectory(TASKS)) {
      return Double.NaN;
    }
    long nanos = 0;
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
      for (Path task : tasks) {
        try {
          String name = Files.readString(task.resolve("comm"), StandardCharsets.UTF_8);
          if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
            // schedstat: time on a CPU (ns), time waiting for one (ns), time slices.
            String stat = Files.readString(task.resolve("schedstat"), StandardCharsets.UTF_8);
            nanos += Long.parseLong(stat.strip().split("\\s+")[0]);
          }
        } catch (IOException | RuntimeException e) {
          // The thread ended while being read, or the kernel keeps no schedstat: not counted.
        }
      }
    } catch (IOException e) {
      return Double.NaN;
    }
    return nanos / 1e9;
  }

  private static double gc() {
    long ms = 0;
    for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
      ms += Math.max(0, g.getCollectionTime());
    }
    return ms / 1e3;
  }
}
