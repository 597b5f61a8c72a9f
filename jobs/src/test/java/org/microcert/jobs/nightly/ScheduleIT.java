package org.microcert.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.jobs.cli.MicrocertCli;
import org.microcert.jobs.run.ChildCli;
import org.microcert.taxonomy.io.Digests;
import picocli.CommandLine;

/**
 * {@code schedule} in a child JVM on an every-second cron: it fires a night on the shipped ESCO
 * sample (the other inboxes off, to keep the night short), fires again (the same date: nothing to
 * do) and stops cleanly on SIGTERM.
 */
class ScheduleIT {

  static final Path SAMPLES = Path.of(System.getProperty("microcert.samples", "../data-samples"));

  @TempDir Path tmp;

  @Test
  void anEverySecondCronRunsANightThenStopsOnSigterm() throws Exception {
    Path conf = tmp.resolve("microcert.yaml");
    Files.writeString(
        conf,
        String.join(
            "\n",
            "spark:",
            "  master: local[2]",
            "nightly:",
            "  esco-inbox: " + SAMPLES.resolve("esco").toAbsolutePath(),
            "  cron: \"0 0 2 * * *\"",
            ""));
    Path warehouse = tmp.resolve("warehouse");
    try (ChildCli c =
        ChildCli.start(
            tmp,
            "schedule",
            "--cron",
            "* * * * * *",
            "--conf",
            conf.toString(),
            "--warehouse",
            warehouse.toString())) {
      // The second fire of the same date is a no-op; SIGTERM while the scheduler waits for the
      // third.
      assertThat(c.awaitLine(l -> l.contains("is already done: nothing to do")))
          .as(c.output())
          .isTrue();
      assertThat(c.awaitLine(l -> c.output().split("next night at ", -1).length > 3))
          .as(c.output())
          .isTrue();
      int code = c.terminate();
      String out = c.output();
      assertThat(out)
          .contains("next night at ", "cron '* * * * * *'")
          .contains("stage importTaxonomy: 1 run(s)")
          .contains("stage ingestPostings: skipped, no nightly.postings-inbox configured")
          .contains("stage draftCatalog: skipped, no review log yet")
          .containsPattern("night of \\d{4}-\\d\\d-\\d\\d done")
          .contains("scheduler stopped");
      assertThat(out).doesNotContain("Exception");
      // SIGTERM: the JVM's exit status 128 + 15.
      assertThat(code).as(out).isEqualTo(143);
    }
    try (var releases = Files.list(warehouse.resolve("taxonomy/esco"))) {
      assertThat(releases.toList()).hasSize(1);
    }
    // The import's run record names the release it imported, with its manifest's digest.
    String manifest =
        Digests.sha256OfFile(warehouse.resolve("taxonomy/esco/v1.1.1/en/manifest.json"));
    List<String> records = new ArrayList<>();
    try (var runs = Files.list(warehouse.resolve("runs"))) {
      for (Path p : runs.toList()) {
        records.add(Files.readString(p));
      }
    }
    assertThat(records)
        .anySatisfy(
            r ->
                assertThat(r)
                    .contains(
                        "\"version\" : \"v1.1.1\"",
                        "\"lang\" : \"en\"",
                        "\"manifestSha256\" : \"" + manifest + "\"",
                        "\"from\" : \"job\""));
  }

  @Test
  void aBadCronIsAUsageErrorBeforeAnyNight() {
    CommandLine cl = MicrocertCli.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err, true));
    int code =
        cl.execute("schedule", "--cron", "every night", "--warehouse", tmp.resolve("w").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip())
        .startsWith("error: Cannot use cron 'every night' (--cron): ")
        .doesNotContain("\n");
    assertThat(tmp.resolve("w")).doesNotExist();
  }
}
