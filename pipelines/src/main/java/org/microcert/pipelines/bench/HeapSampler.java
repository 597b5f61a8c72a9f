package org.microcert.pipelines.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Peak heap in use while it runs: a daemon thread reads the whole heap's used bytes every 20 ms and
 * keeps the maximum. Unlike the sum of each memory pool's own peak (whose peaks fall at different
 * times), the figure never exceeds the heap's limit.
 */
final class HeapSampler implements AutoCloseable {

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final AtomicLong peak = new AtomicLong();
  private final Thread thread;
  private volatile boolean running = true;

  HeapSampler() {
    sample();
    thread = new Thread(this::loop, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  private void loop() {
    while (running) {
      sample();
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void sample() {
    long used = memory.getHeapMemoryUsage().getUsed();
    peak.accumulateAndGet(used, Math::max);
  }

  /** The largest heap use seen so far, in MB. */
  double peakMb() {
    sample();
    return peak.get() / (1024.0 * 1024.0);
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
