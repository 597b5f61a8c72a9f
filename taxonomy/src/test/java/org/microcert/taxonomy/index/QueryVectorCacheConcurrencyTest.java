package org.microcert.taxonomy.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several caches on one file saving disjoint entries at the same moment, as the executors of one
 * Spark job (threads of one JVM) and two jobs on one machine (separate JVMs) do: every entry of
 * every saver survives and the file stays readable. The seed is printed; set {@code
 * -Dmicrocert.seed=N} to replay a run.
 */
class QueryVectorCacheConcurrencyTest {

  @TempDir Path tmp;

  private static final long SEED = Long.getLong("microcert.seed", System.nanoTime());

  /** A deterministic stand-in for MiniLM: the vector follows from the text alone. */
  static float[] vectorOf(String text) {
    Random r = new Random(text.hashCode());
    float[] v = new float[SentenceEmbedder.DIMENSION];
    for (int i = 0; i < v.length; i++) {
      v[i] = r.nextFloat();
    }
    return v;
  }

  private static List<String> texts(String saver, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(saver + " outcome " + i);
    }
    return out;
  }

  private static void assertHoldsExactly(Path file, List<String> texts) {
    List<String> embedded = new ArrayList<>();
    QueryVectorCache c =
        QueryVectorCache.open(
            file,
            t -> {
              embedded.add(t);
              return vectorOf(t);
            });
    assertThat(c.size()).isEqualTo(texts.size());
    for (String t : texts) {
      assertThat(c.vector(t)).as(t).isEqualTo(vectorOf(t));
    }
    assertThat(embedded).as("entries lost by a concurrent save").isEmpty();
  }

  @Test
  void twoSaversOfOneFileKeepEachOthersEntries() {
    Path file = tmp.resolve("q.bin");
    QueryVectorCache a = QueryVectorCache.open(file, QueryVectorCacheConcurrencyTest::vectorOf);
    QueryVectorCache b = QueryVectorCache.open(file, QueryVectorCacheConcurrencyTest::vectorOf);
    a.vector("apply SQL joins");
    b.vector("evaluate a budget");
    a.save();
    b.save();
    assertHoldsExactly(file, List.of("apply SQL joins", "evaluate a budget"));
    // b now serves a's entry without embedding it
    b.vector("apply SQL joins");
    assertThat(b.misses()).isEqualTo(1);
    assertThat(b.size()).isEqualTo(2);
  }

  @Test
  void threadsSavingAtOnceLoseNothing() throws Exception {
    System.out.println("QueryVectorCacheConcurrencyTest seed " + SEED);
    Random random = new Random(SEED);
    for (int round = 0; round < 5; round++) {
      Path file = tmp.resolve("round-" + round + "/query-vectors.bin");
      int savers = 3 + random.nextInt(6);
      List<List<String>> work = new ArrayList<>();
      List<Integer> saves = new ArrayList<>();
      List<String> all = new ArrayList<>();
      for (int s = 0; s < savers; s++) {
        List<String> t = texts("round " + round + " saver " + s, 1 + random.nextInt(60));
        work.add(t);
        saves.add(1 + random.nextInt(3));
        all.addAll(t);
      }
      CyclicBarrier start = new CyclicBarrier(savers);
      ExecutorService pool = Executors.newFixedThreadPool(savers);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int s = 0; s < savers; s++) {
          List<String> t = work.get(s);
          int times = saves.get(s);
          done.add(
              pool.submit(
                  () -> {
                    QueryVectorCache c =
                        QueryVectorCache.open(file, QueryVectorCacheConcurrencyTest::vectorOf);
                    start.await();
                    // each save adds its share of the texts: first saves race with others' saves
                    for (int k = 0; k < times; k++) {
                      for (String x : t.subList(k * t.size() / times, (k + 1) * t.size() / times)) {
                        c.vector(x);
                      }
                      c.save();
                    }
                    return null;
                  }));
        }
        for (Future<?> f : done) {
          f.get(60, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }
      assertHoldsExactly(file, all);
    }
  }

  @Test
  void processesSavingAtOnceLoseNothing() throws Exception {
    System.out.println("QueryVectorCacheConcurrencyTest seed " + SEED);
    Random random = new Random(SEED);
    Path file = tmp.resolve("shared/query-vectors.bin");
    Path go = tmp.resolve("go");
    int processes = 3;
    List<Process> children = new ArrayList<>();
    List<String> all = new ArrayList<>();
    String java = ProcessHandle.current().info().command().orElse("java");
    for (int p = 0; p < processes; p++) {
      String prefix = "process " + p;
      int n = 20 + random.nextInt(200);
      all.addAll(texts(prefix, n));
      children.add(
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  Saver.class.getName(),
                  file.toString(),
                  go.toString(),
                  prefix,
                  Integer.toString(n),
                  Integer.toString(1 + random.nextInt(3)))
              .redirectErrorStream(true)
              .start());
    }
    for (Process c : children) {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).isEqualTo("ready");
    }
    Files.createFile(go);
    for (Process c : children) {
      String rest = new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(c.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(c.exitValue()).as(rest).isZero();
    }
    assertHoldsExactly(file, all);
  }

  /**
   * One saving process: {@code FILE GO PREFIX N SAVES}: opens the cache, says "ready", waits for
   * the file GO, then adds N texts in SAVES saves.
   */
  public static final class Saver {
    public static void main(String[] args) throws Exception {
      Path file = Path.of(args[0]);
      Path go = Path.of(args[1]);
      List<String> t = texts(args[2], Integer.parseInt(args[3]));
      int times = Integer.parseInt(args[4]);
      QueryVectorCache c = QueryVectorCache.open(file, QueryVectorCacheConcurrencyTest::vectorOf);
      System.out.println("ready");
      System.out.flush();
      while (!Files.exists(go)) {
        Thread.onSpinWait();
      }
      for (int k = 0; k < times; k++) {
        for (String x : t.subList(k * t.size() / times, (k + 1) * t.size() / times)) {
          c.vector(x);
        }
        c.save();
      }
    }
  }
}
