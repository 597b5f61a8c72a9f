package org.microcert.jobs.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Runs {@code microcert} in a child JVM (the test's class path), so that it can be SIGKILLed. */
public final class ChildCli implements AutoCloseable {

  private final Process process;
  private final List<String> lines = new ArrayList<>();
  private final Thread reader;

  private ChildCli(Process process) {
    this.process = process;
    this.reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                  synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                  }
                }
              } catch (IOException e) {
                // the process was killed
              }
            },
            "child-cli-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code microcert args...} with {@code dir} as working directory. */
  public static ChildCli start(Path dir, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx1g");
    cmd.add("-XX:+UseSerialGC");
    cmd.add("-XX:TieredStopAtLevel=1");
    // C1 alone reserves 48 MB of code cache; a whole night (Spark's generated code, every stage)
    // filled it in CI, the JIT stopped and Spark's lambda deserialization then failed in a task.
    cmd.add("-XX:ReservedCodeCacheSize=256m");
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("--add-opens") || a.startsWith("-Djdk.") || a.startsWith("-Dio.netty")) {
        cmd.add(a);
      }
    }
    // conf/sources and conf/relevance.yaml of the checkout, whatever the working directory.
    String samples = System.getProperty("microcert.samples", "../data-samples");
    cmd.add("-Dmicrocert.home=" + Path.of(samples).toAbsolutePath().normalize().getParent());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("org.microcert.jobs.cli.MicrocertCli");
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
    return new ChildCli(pb.start());
  }

  /** Runs to the end; returns the exit code. */
  public int waitFor() throws InterruptedException {
    return waitFor(10);
  }

  /** Runs to the end, at most {@code minutes}; returns the exit code. */
  public int waitFor(int minutes) throws InterruptedException {
    if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(
          "microcert did not finish in " + minutes + " minutes:\n" + output());
    }
    reader.join(10_000);
    return process.exitValue();
  }

  /** Waits until a line matches; false if the process ended first. */
  public boolean awaitLine(Predicate<String> p) throws InterruptedException {
    int seen = 0;
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    synchronized (lines) {
      while (System.nanoTime() < deadline) {
        for (; seen < lines.size(); seen++) {
          if (p.test(lines.get(seen))) {
            return true;
          }
        }
        if (!process.isAlive() && !reader.isAlive()) {
          return false;
        }
        lines.wait(200);
      }
    }
    return false;
  }

  /** SIGKILL, then waits for the process to be gone. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(1, TimeUnit.MINUTES);
    reader.join(10_000);
  }

  /** SIGTERM, then waits for the process to end; returns its exit code. */
  public int terminate() throws InterruptedException, IOException {
    // Not Process.destroy(): it sends SIGTERM but closes our end of the child's output at once,
    // so the lines the child prints while it stops would be lost.
    Process kill =
        new ProcessBuilder("kill", "-TERM", Long.toString(process.pid()))
            .redirectErrorStream(true)
            .start();
    kill.waitFor(1, TimeUnit.MINUTES);
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("microcert did not stop in 5 minutes:\n" + output());
    }
    reader.join(10_000);
    return process.exitValue();
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public String output() {
    synchronized (lines) {
      return String.join("\n", lines);
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
