package org.microcert.jobs.run;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Progress lines on standard error: each phase as it starts, with the time since the command began,
 * and a reminder every few seconds while a phase runs long.
 */
public final class Progress implements AutoCloseable {

  private static final long TICK_SECONDS = 5;

  private final PrintStream out;
  private final long startNanos = System.nanoTime();
  private final ScheduledExecutorService ticker;
  private volatile String phase = "";
  private volatile long lastPrintNanos = System.nanoTime();

  public Progress(PrintStream out) {
    this.out = out;
    this.ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "microcert-progress");
              t.setDaemon(true);
              return t;
            });
    ticker.scheduleAtFixedRate(this::tick, TICK_SECONDS, TICK_SECONDS, TimeUnit.SECONDS);
  }

  /** Progress on standard error. */
  public static Progress toStderr() {
    return new Progress(System.err);
  }

  /** Announces a new phase of work. */
  public void phase(String text) {
    this.phase = text;
    print(text);
  }

  /** A one-off line (a count, a finished phase). */
  public void info(String text) {
    print(text);
  }

  /** Seconds since the command started. */
  public double elapsedSeconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private synchronized void print(String text) {
    out.printf(Locale.ROOT, "[%6.1fs] %s%n", elapsedSeconds(), text);
    out.flush();
    lastPrintNanos = System.nanoTime();
  }

  private void tick() {
    if (!phase.isEmpty()
        && System.nanoTime() - lastPrintNanos >= TimeUnit.SECONDS.toNanos(TICK_SECONDS)) {
      print("… " + phase);
    }
  }

  @Override
  public void close() {
    ticker.shutdownNow();
  }
}
