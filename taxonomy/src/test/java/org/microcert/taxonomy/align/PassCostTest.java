package org.microcert.taxonomy.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What {@link PassCost} reads of the JVM, on the JVM running the tests. */
class PassCostTest {

  @Test
  void theCompilerThreadsCpuIsReadWhereLinuxKeepsIt() {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs Linux's /proc");
    double before = PassCost.compilerCpu();
    assertThat(before).isNotNaN().isPositive();

    PassCost.Meter m = PassCost.start();
    // New code for the JIT: each round sorts and hashes differently shaped data.
    long sum = 0;
    for (int r = 0; r < 200; r++) {
      int round = r;
      TreeMap<String, Integer> map = new TreeMap<>();
      List<int[]> arrays = new ArrayList<>();
      for (int i = 0; i < 2_000; i++) {
        map.merge(Integer.toString((i * 31 + round) % 997, 7 + round % 20), i, Integer::sum);
        arrays.add(new int[] {i, round});
      }
      arrays.sort((a, b) -> Integer.compare(b[0] ^ round, a[0] ^ round));
      sum += map.size() + arrays.get(0)[0];
    }
    PassCost cost = m.stop();

    assertThat(sum).isPositive();
    assertThat(cost.compilerCpuSeconds()).isNotNaN().isPositive();
    // The compiler threads are part of the process: their CPU cannot exceed the process's.
    assertThat(cost.compilerCpuSeconds()).isLessThanOrEqualTo(cost.cpuSeconds() + 0.05);
    assertThat(PassCost.compilerCpu()).isGreaterThanOrEqualTo(before);
  }
}
