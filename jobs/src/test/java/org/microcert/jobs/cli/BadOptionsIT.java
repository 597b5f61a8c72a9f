package org.microcert.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Through the CLI: option values a command cannot use are one line and exit 2 before any job starts
 * (the warehouse, where the job repository lives, is not even created); a release without its core
 * files is refused with exit 3 unless --partial.
 */
class BadOptionsIT {

  static final Path SAMPLES = Path.of(System.getProperty("microcert.samples"));
  static final String SUBMISSION = SAMPLES.resolve("submissions/sample-submission.csv").toString();

  @TempDir Path tmp;

  private record Outcome(int code, String err) {}

  private Outcome run(String... args) {
    Path warehouse = tmp.resolve("warehouse");
    String[] all =
        Stream.concat(Stream.of("--warehouse", warehouse.toString()), Stream.of(args))
            .toArray(String[]::new);
    CommandLine cl = MicrocertCli.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(all);
    return new Outcome(code, err.toString());
  }

  private void assertUsage(Outcome o, String message) {
    assertThat(o.code()).isEqualTo(2);
    assertThat(o.err().strip()).isEqualTo("error: " + message);
    assertThat(o.err().strip()).doesNotContain("\n").doesNotContain("Exception");
    assertThat(tmp.resolve("warehouse")).doesNotExist();
  }

  @Test
  void topOutsideItsRangeIsAUsageError() {
    for (String top : new String[] {"0", "-1", "100000"}) {
      assertUsage(
          run("align", "--input", SUBMISSION, "--top", top),
          "Cannot use --top " + top + ": must be from 1 to 100");
    }
  }

  @Test
  void submissionIdsThatAreEmptyOrWouldShareAFolderAreRefused() {
    assertUsage(
        run("align", "--input", SUBMISSION, "--submission-id", " "),
        "Cannot use submission id '': it is empty (--submission-id)");
    Outcome slash = run("align", "--input", SUBMISSION, "--submission-id", "a/b");
    assertThat(slash.code()).isEqualTo(2);
    assertThat(slash.err()).startsWith("error: Cannot use submission id 'a/b': it names a folder");
    assertThat(slash.err()).contains("--submission-id a_b");
  }

  @Test
  void unknownFormatsAndSourcesThatArePathsAreUsageErrors() {
    assertUsage(
        run("postings", "ingest", "--input", SUBMISSION, "--format", "xml"),
        "Cannot use --format xml: the formats are csv and jsonl");
    assertUsage(
        run("postings", "ingest", "--input", SUBMISSION, "--source", "../../conf/x"),
        "Cannot use --source '../../conf/x': a source is a mapping name (letters, digits, '_',"
            + " '-'), not a path");
    Outcome unknown = run("postings", "ingest", "--input", SUBMISSION, "--source", "nosuch");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("error: Cannot use --source nosuch: no mapping ");
  }

  @Test
  void aWarehouseThatIsAFileIsAUsageError() throws Exception {
    Path file = Files.writeString(tmp.resolve("warehouse"), "not a folder");
    CommandLine cl = MicrocertCli.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute("--warehouse", file.toString(), "align", "--input", SUBMISSION);
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip())
        .isEqualTo("error: Cannot use warehouse " + file + ": it is a file, not a folder");
  }

  @Test
  void aReleaseWithoutItsSkillsFileIsRefusedUnlessPartial() throws Exception {
    Path en = Files.createDirectories(tmp.resolve("esco-no-skills"));
    try (var files = Files.list(SAMPLES.resolve("esco"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
        if (!f.getFileName().toString().equals("skills_en.csv")) {
          Files.copy(f, en.resolve(f.getFileName()));
        }
      }
    }
    Outcome refused = run("taxonomy", "import", "--esco", en.toString());
    assertThat(refused.code()).isEqualTo(3);
    assertThat(refused.err().strip())
        .isEqualTo(
            "error: Cannot import ESCO release "
                + en
                + ": it has no skills_en.csv (pass --partial to import a partial release as it"
                + " is)");
    assertThat(tmp.resolve("warehouse")).doesNotExist();
    Outcome partial = run("taxonomy", "import", "--esco", en.toString(), "--partial");
    assertThat(partial.code()).isZero();
    assertThat(tmp.resolve("warehouse")).isDirectory();
  }
}
