package org.microcert.jobs.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.jobs.cli.MicrocertCli;
import picocli.CommandLine;

/** End to end through the CLI: import the shipped ESCO sample, then align and evaluate. */
class AlignCommandIT {

  static final Path SAMPLES = Path.of(System.getProperty("microcert.samples"));

  @TempDir static Path warehouse;

  @BeforeAll
  static void importSample() {
    assertThat(run("taxonomy", "import", "--esco", SAMPLES.resolve("esco").toString())).isZero();
  }

  @Test
  void alignsTheSampleSubmission() throws Exception {
    int code =
        run(
            "align",
            "--lexical-only",
            "--input",
            SAMPLES.resolve("submissions/sample-submission.csv").toString());

    assertThat(code).isZero();
    Path out = warehouse.resolve("alignments/sample-submission");
    List<String> lines = Files.readAllLines(out.resolve("alignments.jsonl"));
    assertThat(lines).hasSize(46);
    assertThat(lines.get(0)).contains("\"matches\":[{\"rank\":1").contains("\"ksa_class\"");
    assertThat(out.resolve("alignments.csv")).exists();
  }

  @Test
  void theDenseSideKeepsQueryVectorsSoARerunEmbedsNothingAndWritesTheSameBytes() throws Exception {
    String input = SAMPLES.resolve("submissions/sample-submission.csv").toString();
    String firstErr =
        stderrOf(
            () -> assertThat(run("align", "--submission-id", "dense", "--input", input)).isZero());
    Path out = warehouse.resolve("alignments/dense/alignments.jsonl");
    byte[] first = Files.readAllBytes(out);
    assertThat(warehouse.resolve("cache/query-vectors.bin")).exists();
    assertThat(firstErr)
        .containsPattern("query vectors: 0 reused, 46 embedded with MiniLM \\(.*holds 46\\)");

    String secondErr =
        stderrOf(
            () -> assertThat(run("align", "--submission-id", "dense", "--input", input)).isZero());
    assertThat(secondErr)
        .containsPattern("query vectors: 46 reused, 0 embedded with MiniLM \\(.*holds 46\\)");
    assertThat(Files.readAllBytes(out)).isEqualTo(first);
  }

  @Test
  void theOutputFolderIsReplacedWholeAndADeadRunsStagingIsCleanedUp() throws Exception {
    Path out = warehouse.resolve("alignments/swap");
    Files.createDirectories(out);
    Files.writeString(out.resolve("alignments.jsonl"), "from an older run\n");
    Files.writeString(out.resolve("stale.txt"), "not part of this run\n");
    Path dead = warehouse.resolve("alignments/.swap.staging-8b20b66c-e38f-44cf-838e-cc02563a17ad");
    Files.createDirectories(dead);
    String input = SAMPLES.resolve("submissions/sample-submission.csv").toString();

    assertThat(run("align", "--lexical-only", "--submission-id", "swap", "--input", input))
        .isZero();

    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
          .containsExactly("alignments.csv", "alignments.jsonl", "rejects.csv");
    }
    assertThat(Files.readAllLines(out.resolve("alignments.jsonl"))).hasSize(46);
    assertThat(dead).doesNotExist();
    try (Stream<Path> siblings = Files.list(out.getParent())) {
      assertThat(siblings.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".")))
          .isEmpty();
    }
  }

  private static String stderrOf(Runnable r) {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      r.run();
    } finally {
      System.setErr(err);
    }
    String text = captured.toString(StandardCharsets.UTF_8);
    err.print(text);
    return text;
  }

  @Test
  void badRowsGoToRejectsAndGoodRowsAreAligned() throws Exception {
    int code =
        run(
            "align",
            "--lexical-only",
            "--input",
            SAMPLES.resolve("submissions/sample-submission-bad.csv").toString());

    assertThat(code).isZero();
    Path out = warehouse.resolve("alignments/sample-submission-bad");
    long aligned = Files.readAllLines(out.resolve("alignments.jsonl")).size();
    long rejected = Files.readAllLines(out.resolve("rejects.csv")).size() - 1;
    assertThat(aligned).isPositive();
    assertThat(rejected).isPositive();
    assertThat(aligned + rejected).isEqualTo(12);
  }

  @Test
  void missingColumnExitsWithThree() {
    int code =
        run(
            "align",
            "--lexical-only",
            "--input",
            SAMPLES.resolve("submissions/sample-submission-missing-column.csv").toString());
    assertThat(code).isEqualTo(3);
  }

  @Test
  void submissionIdCannotEscapeTheAlignmentsFolder() throws Exception {
    int code =
        run(
            "align",
            "--lexical-only",
            "--submission-id",
            "../../escaped",
            "--input",
            SAMPLES.resolve("submissions/sample-submission.csv").toString());

    // An id that is not its own folder name is refused before the job starts (usage error).
    assertThat(code).isEqualTo(2);
    assertThat(warehouse.resolveSibling("escaped")).doesNotExist();
    assertThat(warehouse.getParent().resolveSibling("escaped")).doesNotExist();
    assertThat(warehouse.resolve("alignments").resolve("_.._escaped")).doesNotExist();
  }

  @Test
  void evalPrintsOneJsonObjectLast() throws Exception {
    Path gold = warehouse.resolve("gold.tsv");
    Files.writeString(
        gold,
        "text\tgold_uris\n"
            + "operate a relational database management system"
            + "\thttp://data.europa.eu/esco/skill/7369f779-4b71-4aab-8836-48b69c676eec\n");
    StringWriter out = new StringWriter();
    CommandLine cl = MicrocertCli.commandLine();
    cl.setOut(new PrintWriter(out));
    int code =
        cl.execute(
            "eval",
            "--gold",
            gold.toString(),
            "--target",
            "skills",
            "--baseline",
            "--lexical-only",
            "--warehouse",
            warehouse.toString());
    assertThat(code).isZero();
    String[] lines = out.toString().strip().split("\n");
    String last = lines[lines.length - 1];
    assertThat(last)
        .startsWith("{\"n\":1, \"mrr\":")
        .contains("\"baseline\":{\"n\":1")
        .endsWith("}}");
  }

  private static int run(String... args) {
    String[] all =
        Stream.concat(Stream.of(args), Stream.of("--warehouse", warehouse.toString()))
            .toArray(String[]::new);
    return MicrocertCli.commandLine().execute(all);
  }
}
