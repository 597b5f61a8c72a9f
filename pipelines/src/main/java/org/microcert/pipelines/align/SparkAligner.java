package org.microcert.pipelines.align;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.microcert.taxonomy.align.Alignment;
import org.microcert.taxonomy.align.AlignmentRun;
import org.microcert.taxonomy.align.DistinctTexts;
import org.microcert.taxonomy.align.Outcome;
import org.microcert.taxonomy.align.OutcomeAligner;
import org.microcert.taxonomy.align.TextAlignment;
import org.microcert.taxonomy.concurrent.ParallelMap;
import org.microcert.taxonomy.index.QueryVectors;

/**
 * Aligns a submission's outcomes as a Spark stage: the distinct (language, text) pairs are spread
 * over partitions, each partition is aligned in {@code mapPartitions} with its JVM's matcher
 * ({@link ExecutorMatchers}: one per executor, over the index folder read from the warehouse path,
 * which must be on storage every executor sees) by {@link AlignmentRun#alignText}, and the results
 * are collected in outcome order. The query vectors come from the warehouse's shared cache file;
 * each task merges the vectors it computed into it when it ends. The alignments equal the
 * in-process run's ({@link AlignmentRun#inProcess}), so the output files are byte-identical.
 */
public final class SparkAligner implements OutcomeAligner {

  /** Partitions per core of the cluster (more than one evens out slow texts). */
  private static final int PARTITIONS_PER_CORE = 4;

  private final Supplier<SparkSession> spark;
  private final Function<String, Path> indexDirForLanguage;
  private final boolean dense;
  private final Path vectorFile;
  private final int topK;
  private final int sparkFromTexts;
  private final Consumer<String> progress;
  private final Map<String, Path> resolved = new HashMap<>();
  private long reused;
  private long embedded;

  /**
   * @param spark the session (local or a cluster), asked for only when a Spark stage runs
   * @param indexDirForLanguage the competency index folder for a language code, or null if none is
   *     imported (outcomes in it are then rejected)
   * @param dense whether the dense (MiniLM) side scores too
   * @param vectorFile the shared query vector cache, or null to embed every text
   * @param topK matches per outcome
   * @param sparkFromTexts fewer distinct texts than this are aligned in this JVM, without Spark (0:
   *     always a Spark stage)
   * @param progress receives what the stage does
   */
  public SparkAligner(
      Supplier<SparkSession> spark,
      Function<String, Path> indexDirForLanguage,
      boolean dense,
      Path vectorFile,
      int topK,
      int sparkFromTexts,
      Consumer<String> progress) {
    this.spark = spark;
    this.indexDirForLanguage = indexDirForLanguage;
    this.dense = dense;
    this.vectorFile = vectorFile == null ? null : vectorFile.toAbsolutePath().normalize();
    this.topK = topK;
    this.sparkFromTexts = sparkFromTexts;
    this.progress = progress;
  }

  @Override
  public synchronized boolean aligns(String language) {
    return indexDir(language) != null;
  }

  private Path indexDir(String language) {
    return resolved.computeIfAbsent(
        language,
        l -> {
          Path p = indexDirForLanguage.apply(l);
          return p == null ? null : p.toAbsolutePath().normalize();
        });
  }

  /** Query vectors read from the cache by the last {@link #alignAll}. */
  public synchronized long reused() {
    return reused;
  }

  /** Query vectors the last {@link #alignAll} embedded with MiniLM. */
  public synchronized long embedded() {
    return embedded;
  }

  /** One distinct text to align, numbered. */
  private record Task(int slot, String language, String text) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** A distinct text's alignment. */
  private record Result(int slot, TextAlignment alignment) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** What every task needs: the index folder per language and the options. */
  private record Spec(HashMap<String, String> indexDirs, boolean dense, String vectorFile, int topK)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  @Override
  public synchronized List<Alignment> alignAll(String submissionId, List<Outcome> outcomes) {
    DistinctTexts distinct = DistinctTexts.of(outcomes);
    List<Task> tasks = new ArrayList<>();
    HashMap<String, String> dirs = new HashMap<>();
    for (int i = 0; i < distinct.texts().size(); i++) {
      DistinctTexts.Text t = distinct.texts().get(i);
      Path dir = indexDir(t.language());
      if (dir == null) {
        throw new IllegalArgumentException(
            "Cannot align outcome text: no ESCO index for language '" + t.language() + "'");
      }
      dirs.put(t.language(), dir.toString());
      tasks.add(new Task(i, t.language(), t.text()));
    }
    Spec spec = new Spec(dirs, dense, vectorFile == null ? null : vectorFile.toString(), topK);
    // Open each matcher in the driver first: a missing dense index is built once, here, with its
    // progress shown (in local mode the tasks then share this very matcher).
    for (String dir : dirs.values()) {
      ExecutorMatchers.get(dir, spec.dense(), spec.vectorFile(), progress);
    }
    reused = 0;
    embedded = 0;
    if (tasks.isEmpty()) {
      return distinct.expand(submissionId, outcomes, List.of());
    }
    List<Result> results =
        tasks.size() < sparkFromTexts ? inDriver(spec, tasks) : sparkStage(spec, tasks);
    List<TextAlignment> aligned = new ArrayList<>(tasks.size());
    results.sort(Comparator.comparingInt(Result::slot));
    for (int i = 0; i < results.size(); i++) {
      if (results.get(i).slot() != i) {
        throw new IllegalStateException(
            "Cannot collect alignments: text " + i + " missing from the results");
      }
      aligned.add(results.get(i).alignment());
    }
    return distinct.expand(submissionId, outcomes, aligned);
  }

  /** A small input: the tasks' work on this JVM's threads, without Spark. */
  private List<Result> inDriver(Spec spec, List<Task> tasks) {
    int threads = Runtime.getRuntime().availableProcessors();
    progress.accept(
        String.format(
            Locale.ROOT,
            "aligning %,d distinct outcome texts in this JVM on %d threads (a Spark stage from"
                + " %,d)",
            tasks.size(),
            threads,
            sparkFromTexts));
    AtomicLong lookups = new AtomicLong();
    AtomicLong misses = new AtomicLong();
    List<Result> results =
        new ArrayList<>(
            ParallelMap.map(
                tasks,
                threads,
                t -> alignTask(spec, t, lookups::addAndGet, misses::addAndGet),
                "align"));
    for (String dir : spec.indexDirs().values()) {
      ExecutorMatchers.get(dir, spec.dense(), spec.vectorFile(), m -> {}).saveVectors();
    }
    embedded = misses.get();
    reused = lookups.get() - embedded;
    return results;
  }

  /** The tasks as a Spark stage, on the session's master. */
  private List<Result> sparkStage(Spec spec, List<Task> tasks) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.get().sparkContext());
    int partitions =
        Math.min(tasks.size(), PARTITIONS_PER_CORE * Math.max(1, jsc.defaultParallelism()));
    progress.accept(
        String.format(
            Locale.ROOT,
            "aligning %,d distinct outcome texts in %d Spark tasks on %s",
            tasks.size(),
            partitions,
            jsc.master()));
    LongAccumulator lookups = jsc.sc().longAccumulator("query vector lookups");
    LongAccumulator misses = jsc.sc().longAccumulator("query vectors embedded");
    List<Result> results =
        new ArrayList<>(
            jsc.parallelize(tasks, partitions)
                .mapPartitions(alignPartition(spec, lookups, misses))
                .collect());
    embedded = misses.value();
    reused = lookups.value() - embedded;
    return results;
  }

  private static FlatMapFunction<Iterator<Task>, Result> alignPartition(
      Spec spec, LongAccumulator lookups, LongAccumulator misses) {
    return tasks -> {
      List<Result> out = new ArrayList<>();
      while (tasks.hasNext()) {
        out.add(alignTask(spec, tasks.next(), lookups::add, misses::add));
      }
      // the vectors this task computed go into the shared file (merged under its lock)
      for (String dir : spec.indexDirs().values()) {
        ExecutorMatchers.get(dir, spec.dense(), spec.vectorFile(), m -> {}).saveVectors();
      }
      return out.iterator();
    };
  }

  /** One text aligned with the JVM's matcher; counts its vector lookups and MiniLM embeddings. */
  private static Result alignTask(
      Spec spec, Task t, LongConsumer lookups, LongConsumer embeddings) {
    ExecutorMatchers.Entry e =
        ExecutorMatchers.get(
            spec.indexDirs().get(t.language()), spec.dense(), spec.vectorFile(), m -> {});
    long[] asked = new long[1];
    QueryVectors counted =
        text -> {
          asked[0]++;
          return e.vectors().vector(text);
        };
    long before = ExecutorMatchers.embeddedOnThisThread();
    TextAlignment a = AlignmentRun.alignText(e.matcher(), t.text(), spec.topK(), counted);
    lookups.accept(asked[0]);
    embeddings.accept(ExecutorMatchers.embeddedOnThisThread() - before);
    return new Result(t.slot(), a);
  }
}
