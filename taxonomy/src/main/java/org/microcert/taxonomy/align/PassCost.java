package org.microcert.taxonomy.align;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * What one timed pass of a benchmark cost the JVM besides its wall time: the process's CPU time
 * (all threads: workers, JIT compiler, garbage collector), the JIT compiler's time and the garbage
 * collector's. On a shared machine the wall time of a pass depends on the other load; its CPU time
 * much less, so the two passes of a paired figure can be compared by either.
 *
 * @param wallSeconds wall time
 * @param cpuSeconds CPU time of the whole process (NaN if the JVM does not say)
 * @param jitSeconds time the JIT compiler threads spent compiling (NaN if not supported)
 * @param gcSeconds time the collectors report (pauses, for the parallel collector)
 */
public record PassCost(double wallSeconds, double cpuSeconds, double jitSeconds, double gcSeconds) {

  /** A pass that did not run. */
  public static final PassCost NONE = new PassCost(0, 0, 0, 0);

  /** Counters at the start of a pass; {@link #stop()} gives the pass's cost. */
  public static final class Meter {
    private final long wall = System.nanoTime();
    private final double cpu = cpu();
    private final double jit = jit();
    private final double gc = gc();

    private Meter() {}

    /** The cost since {@link PassCost#start()}. */
    public PassCost stop() {
      return new PassCost((System.nanoTime() - wall) / 1e9, cpu() - cpu, jit() - jit, gc() - gc);
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

  private static double gc() {
    long ms = 0;
    for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
      ms += Math.max(0, g.getCollectionTime());
    }
    return ms / 1e3;
  }
}
