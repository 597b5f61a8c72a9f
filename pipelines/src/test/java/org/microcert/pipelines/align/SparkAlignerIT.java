package org.microcert.pipelines.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.pipelines.bench.BenchData;
import org.microcert.pipelines.bench.OutcomeSamples;
import org.microcert.pipelines.spark.SparkTestBase;
import org.microcert.taxonomy.align.AlignmentRun;
import org.microcert.taxonomy.index.CompetencyIndexWriter;
import org.microcert.taxonomy.index.QueryVectorCache;
import org.microcert.taxonomy.index.QueryVectors;
import org.microcert.taxonomy.match.CompetencyMatcher;

/**
 * The Spark stage ({@link SparkAligner}, local[2]), and its small-input path in the driver JVM,
 * write the same three files, byte for byte, as the in-process run ({@link
 * AlignmentRun#inProcess}), lexical and with MiniLM, on the sample submission and on 300 real
 * Glasgow/Deakin outcomes, and its tasks share the query vector file.
 */
class SparkAlignerIT extends SparkTestBase {

  static final Path SAMPLES = Path.of(System.getProperty("microcert.samples"));
  static final Path SHARED = Path.of(System.getProperty("microcert.shared"));
  static final List<String> FILES =
      List.of(AlignmentRun.JSONL, AlignmentRun.CSV, AlignmentRun.REJECTS);

  @TempDir static Path tmp;
  static Path index;
  static CompetencyMatcher lexical;
  static CompetencyMatcher dense;

  @BeforeAll
  static void buildTheSampleIndex() {
    index = tmp.resolve("esco/index");
    CompetencyIndexWriter.write(BenchData.esco(SAMPLES.resolve("esco")), index);
    lexical = CompetencyMatcher.open(index, false);
    dense = CompetencyMatcher.open(index, true);
  }

  @AfterAll
  static void close() throws IOException {
    lexical.close();
    dense.close();
  }

  /** The first {@code n} outcomes of the Glasgow/Deakin file in the submission template. */
  static Path realSubmission(int n) throws IOException {
    return OutcomeSamples.glasgowDeakin(
        SHARED.resolve("data/outcomes").resolve(OutcomeSamples.GLASGOW_DEAKIN),
        n,
        tmp.resolve("glasgow-deakin-" + n + ".csv"));
  }

  private static void assertSameFiles(Path expected, Path actual) throws IOException {
    for (String f : FILES) {
      assertThat(Files.readAllBytes(actual.resolve(f)))
          .as(f)
          .isEqualTo(Files.readAllBytes(expected.resolve(f)));
    }
  }

  private static Path inProcess(Path input, String name, CompetencyMatcher m, QueryVectors v) {
    Path out = tmp.resolve(name + "-in-process");
    Function<String, CompetencyMatcher> byLanguage = l -> l.equals("en") ? m : null;
    AlignmentRun.run(input, out, "s", byLanguage, 5, 2, v, message -> {});
    return out;
  }

  private static Path spark(Path input, String name, SparkAligner aligner) {
    Path out = tmp.resolve(name + "-spark");
    AlignmentRun.run(input, out, "s", aligner);
    return out;
  }

  /** A Spark stage whatever the input's size. */
  private static SparkAligner aligner(boolean withDense, Path vectorFile) {
    return aligner(withDense, vectorFile, 0);
  }

  private static SparkAligner aligner(boolean withDense, Path vectorFile, int sparkFromTexts) {
    return new SparkAligner(
        () -> spark,
        l -> l.equals("en") ? index : null,
        withDense,
        vectorFile,
        5,
        sparkFromTexts,
        message -> {});
  }

  @Test
  void theSampleSubmissionGivesTheSameBytesLexically() throws IOException {
    for (String sample : List.of("sample-submission.csv", "sample-submission-bad.csv")) {
      Path input = SAMPLES.resolve("submissions").resolve(sample);
      Path expected = inProcess(input, "lex-" + sample, lexical, QueryVectors.MINILM);
      Path actual = spark(input, "lex-" + sample, aligner(false, null));
      assertSameFiles(expected, actual);
      // a small input aligned in the driver JVM (no Spark stage) gives the same bytes too
      assertSameFiles(
          expected, spark(input, "lex-driver-" + sample, aligner(false, null, Integer.MAX_VALUE)));
      assertThat(Files.readAllLines(actual.resolve(AlignmentRun.JSONL))).isNotEmpty();
    }
  }

  @Test
  void realOutcomesGiveTheSameBytesWithMiniLmAndTheTasksShareTheVectorFile() throws IOException {
    Path input = realSubmission(300);
    Path expected = inProcess(input, "real", dense, QueryVectors.MINILM);
    Path vectors = tmp.resolve("cache/query-vectors.bin");
    SparkAligner first = aligner(true, vectors);
    assertSameFiles(expected, spark(input, "real-1", first));
    long distinct = first.embedded();
    assertThat(distinct).isPositive().isLessThanOrEqualTo(300);
    assertThat(first.reused()).isZero();
    // every task merged its vectors into the one file
    assertThat(QueryVectorCache.open(vectors).size()).isEqualTo((int) distinct);

    SparkAligner again = aligner(true, vectors);
    assertSameFiles(expected, spark(input, "real-2", again));
    assertThat(again.embedded()).isZero();
    assertThat(again.reused()).isEqualTo(distinct);

    SparkAligner inDriver = aligner(true, vectors, Integer.MAX_VALUE);
    assertSameFiles(expected, spark(input, "real-3", inDriver));
    assertThat(inDriver.reused()).isEqualTo(distinct);
    assertThat(Files.readAllLines(expected.resolve(AlignmentRun.JSONL))).hasSize(300);
  }
}
