package org.microcert.jobs.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.Progress;
import org.microcert.jobs.taxonomy.ImportWithoutSpring;
import org.microcert.taxonomy.align.AlignmentRun;

/** The align tasklet on the shipped sample submission, without a Spring context. */
class AlignTaskletTest {

  static final Path SAMPLES = Path.of(System.getProperty("microcert.samples"));
  static final Path SUBMISSION = SAMPLES.resolve("submissions/sample-submission.csv");

  @TempDir static Path warehouse;
  static ByteArrayOutputStream lines = new ByteArrayOutputStream();
  static Progress progress;
  static AlignTasklet tasklet;

  @BeforeAll
  static void importTheSampleRelease() throws Exception {
    progress = new Progress(new PrintStream(lines, true, StandardCharsets.UTF_8));
    ImportWithoutSpring.run(SAMPLES.resolve("esco"), warehouse, progress);
    tasklet = new AlignTasklet(MicrocertSettings.defaults().withWarehouse(warehouse), progress);
  }

  @AfterAll
  static void closeProgress() {
    progress.close();
  }

  @Test
  void alignsEveryRowOfTheSampleLexicallyAndReportsTheCounts() throws Exception {
    Path out = warehouse.resolve("out-a");
    AlignmentRun.Summary s =
        tasklet.align(new AlignParameters(SUBMISSION, out, "sample", 3, null, false));

    List<String> jsonl = Files.readAllLines(out.resolve("alignments.jsonl"));
    assertThat(s.rows()).isEqualTo(s.aligned() + s.rejected());
    assertThat(jsonl).hasSize(s.aligned());
    assertThat(jsonl.get(0)).contains("\"submission_id\":\"sample\"").contains("\"rank\":3");
    assertThat(jsonl.get(0)).doesNotContain("\"rank\":4");
    assertThat(lines.toString(StandardCharsets.UTF_8))
        .contains("submission sample: " + s.rows() + " rows, " + s.aligned() + " aligned");
  }

  @Test
  void theSameParametersWriteTheSameBytes() throws Exception {
    Path a = warehouse.resolve("out-b1");
    Path b = warehouse.resolve("out-b2");
    tasklet.align(new AlignParameters(SUBMISSION, a, "same", 5, "v1.1.1/en", false));
    tasklet.align(new AlignParameters(SUBMISSION, b, "same", 5, "v1.1.1/en", false));

    assertThat(Files.readAllBytes(b.resolve("alignments.jsonl")))
        .isEqualTo(Files.readAllBytes(a.resolve("alignments.jsonl")));
    assertThat(Files.readAllBytes(b.resolve("alignments.csv")))
        .isEqualTo(Files.readAllBytes(a.resolve("alignments.csv")));
  }
}
