package org.microcert.taxonomy.bench;

import java.nio.file.Path;
import org.microcert.taxonomy.esco.EscoCsvLoader;
import org.microcert.taxonomy.esco.EscoLoadResult;

/**
 * Prints how long loading a release takes (not a test: run it by hand).
 *
 * <pre>
 * mvn -o -q -pl taxonomy test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp taxonomy/target/classes:taxonomy/target/test-classes:$(cat /tmp/cp.txt) \
 *   org.microcert.taxonomy.bench.EscoLoadBenchmark /work/shared/data/esco 5
 * </pre>
 */
public final class EscoLoadBenchmark {

  private EscoLoadBenchmark() {}

  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/esco");
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    for (int i = 1; i <= runs; i++) {
      var threads = java.lang.management.ManagementFactory.getThreadMXBean();
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      EscoLoadResult r = new EscoCsvLoader().load(dir, null, null);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      long cpuMs = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
      System.out.printf(
          "run %d: %d ms wall, %d ms cpu (loading thread), %d rows in, %d accepted, %d rejects,"
              + " %d skills, %d relations%n",
          i,
          ms,
          cpuMs,
          r.rowsIn(),
          r.accepted(),
          r.rejects().size(),
          r.taxonomy().skills().size(),
          r.taxonomy().occupationSkillRelations().size());
    }
  }
}
