package org.microcert.jobs.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.jobs.cli.MicrocertCli;
import picocli.CommandLine;

/** End to end through the CLI: import the shipped ESCO sample, then align and evaluate. */
class AlignCommandTest {

  static final Path SAMPLES = Path.of(System.getProperty("microcert.samples"));

  @TempDir static Path warehouse;

  @BeforeAll
  static void importSample() {
    assertThat(run(new StringWriter(), "taxonomy", "import", "--esco", SAMPLES.resolve("esco").toString())).isZero();
  }

  static int run(StringWriter out, String... args) {
    CommandLine cl = MicrocertCli.commandLine();
    cl.setOut(new PrintWriter(out));
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--warehouse";
    all[args.length + 1] = warehouse.toString();
    return cl.execute(all);
  }

  @Test
  void alignsTheSampleSubmissionIntoTheWarehouseWithReconciledCounts() throws Exception {
    int code =
        run(new StringWriter(), "align", "--input",
            SAMPLES.resolve("submissions/sample-submission-bad.csv").toString(), "--lexical-only");
    assertThat(code).isZero();
    Path dir = warehouse.resolve("alignments/sample-submission-bad");
    List<String> jsonl = Files.readAllLines(dir.resolve("alignments.jsonl"));
    List<String> rejects = Files.readAllLines(dir.resolve("rejects.csv"));
    assertThat(jsonl.size() + rejects.size() - 1).isEqualTo(12);
    assertThat(jsonl).hasSize(5);
  }

  @Test
  void aMissingRequiredColumnExitsWithCodeThree() {
    int code =
        run(new StringWriter(), "align", "--input",
            SAMPLES.resolve("submissions/sample-submission-missing-column.csv").toString(), "--lexical-only");
    assertThat(code).isEqualTo(3);
  }

  @Test
  void evalPrintsOneJsonObjectLast() throws Exception {
    Path gold = warehouse.resolve("gold.tsv");
    Files.writeString(
        gold,
        "text\tgold_uris\n"
            + "operate a relational database management system\thttp://data.europa.eu/esco/skill/7369f779-4b71-4aab-8836-48b69c676eec\n");
    StringWriter out = new StringWriter();
    int code = run(out, "eval", "--gold", gold.toString(), "--target", "skills", "--baseline", "--lexical-only");
    assertThat(code).isZero();
    String[] lines = out.toString().strip().split("\n");
    String last = lines[lines.length - 1];
    assertThat(last).startsWith("{\"n\":1, \"mrr\":").contains("\"baseline\":{\"n\":1").endsWith("}}");
  }
}
