package org.microcert.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.jobs.run.ChildCli;
import org.microcert.jobs.run.OutputTrees;

/**
 * Fault injection: {@code nightly} on the shipped samples, SIGKILLed at a random moment (seed
 * printed; {@code -Dmicrocert.test.seed=N} replays it), then run again: it must resume and end with
 * the same outputs as an uninterrupted night, and a second run for the date is a no-op.
 */
class NightlyKillIT {

  static final Path SAMPLES = Path.of(System.getProperty("microcert.samples", "../data-samples"));
  static final String DATE = "2026-12-02";

  @TempDir Path tmp;

  @Test
  void aNightKilledAtARandomPointResumesToTheSameOutputs() throws Exception {
    killAndResume("");
  }

  @Test
  void theSameWithAPostgresqlJobRepository() throws Exception {
    String url = System.getenv("MICROCERT_TEST_PG_URL");
    assumeTrue(
        url != null && !url.isBlank(),
        "skipped: no PostgreSQL server (.ci/run starts one and sets MICROCERT_TEST_PG_URL)");
    String user = System.getenv().getOrDefault("MICROCERT_TEST_PG_USER", "postgres");
    killAndResume(
        String.join(
            "\n",
            "job-repository:",
            "  url: " + url,
            "  username: " + user,
            "  password: \"\"",
            ""));
  }

  private void killAndResume(String repository) throws Exception {
    long seed = Long.getLong("microcert.test.seed", System.nanoTime());
    System.err.println("NightlyKillIT seed: " + seed + " (-Dmicrocert.test.seed=" + seed + ")");
    Random random = new Random(seed);
    Path conf = tmp.resolve("microcert.yaml");
    Files.writeString(
        conf,
        String.join(
                "\n",
                "spark:",
                "  master: local[2]",
                "  conf:",
                "    spark.sql.shuffle.partitions: \"2\"",
                "nightly:",
                "  esco-inbox: " + SAMPLES.resolve("esco").toAbsolutePath(),
                "  postings-inbox: " + SAMPLES.resolve("postings").toAbsolutePath(),
                "  submissions-inbox: " + SAMPLES.resolve("submissions").toAbsolutePath(),
                "  lexical-only: true",
                "")
            + repository);
    Path clean = tmp.resolve("clean");
    Path killed = tmp.resolve("killed");
    assertThat(night(conf, clean)).isZero();

    // Kill somewhere after a stage line: which stage and how long after are drawn from the seed.
    String[] stages = {
      "stage importTaxonomy:", "stage ingestPostings:", "stage extractSkills:",
      "stage measureDemand:", "stage alignSubmissions:", "stage scoreRelevance:",
      "stage writeReports:"
    };
    String at = stages[random.nextInt(stages.length)];
    long delayMs = random.nextInt(3000);
    System.err.println("NightlyKillIT: SIGKILL " + delayMs + " ms after '" + at + "'");
    try (ChildCli c = start(conf, killed)) {
      assertThat(c.awaitLine(l -> l.contains(at))).as(c.output()).isTrue();
      Thread.sleep(delayMs);
      c.kill();
    }
    String resumed;
    try (ChildCli c = start(conf, killed)) {
      assertThat(c.waitFor()).as(c.output()).isZero();
      resumed = c.output();
    }
    assertThat(resumed).doesNotContain("already running");

    String[] outputs = {
      "taxonomy",
      "postings",
      "postings-rejects",
      "mentions",
      "titles",
      "demand",
      "alignments",
      "relevance",
      "reports",
      "catalog",
      "nightly"
    };
    assertThat(OutputTrees.digest(killed, outputs))
        .isNotEmpty()
        .isEqualTo(OutputTrees.digest(clean, outputs));
    try (ChildCli c = start(conf, killed)) {
      assertThat(c.waitFor()).isZero();
      assertThat(c.output()).contains("already done: nothing to do");
    }
  }

  private int night(Path conf, Path warehouse) throws Exception {
    try (ChildCli c = start(conf, warehouse)) {
      int code = c.waitFor();
      System.err.println(c.output());
      return code;
    }
  }

  private ChildCli start(Path conf, Path warehouse) throws Exception {
    return ChildCli.start(
        tmp,
        "nightly",
        "--date",
        DATE,
        "--conf",
        conf.toString(),
        "--warehouse",
        warehouse.toString());
  }
}
