package org.microcert.jobs.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command SIGKILLed in the middle of a step resumes on the next run: the stale execution is
 * recovered, the completed steps are not repeated and the outputs equal a clean run's. Runs the CLI
 * in child JVMs on the shipped samples.
 */
class CrashRecoveryIT {

  static final Path SAMPLES = Path.of(System.getProperty("microcert.samples", "../data-samples"));

  @TempDir Path tmp;

  @Test
  void killedTaxonomyImportResumesToTheSameRelease() throws Exception {
    Path clean = tmp.resolve("clean");
    Path killed = tmp.resolve("killed");
    String esco = SAMPLES.resolve("esco").toAbsolutePath().toString();
    try (ChildCli c =
        ChildCli.start(
            tmp, "taxonomy", "import", "--esco", esco, "--warehouse", clean.toString())) {
      assertThat(c.waitFor()).as(c.output()).isZero();
    }

    try (ChildCli c =
        ChildCli.start(
            tmp, "taxonomy", "import", "--esco", esco, "--warehouse", killed.toString())) {
      assertThat(c.awaitLine(l -> l.contains("building the competency index")))
          .as(c.output())
          .isTrue();
      c.kill();
    }
    assertThat(Files.readString(killed.resolve(WarehouseLock.FILE_NAME))).isNotBlank();

    try (ChildCli c =
        ChildCli.start(
            tmp, "taxonomy", "import", "--esco", esco, "--warehouse", killed.toString())) {
      assertThat(c.waitFor()).as(c.output()).isZero();
      assertThat(c.output())
          .contains("Took over the warehouse lock")
          .contains("Recovered taxonomyImportJob execution")
          .contains("in step buildCompetencyIndex")
          .doesNotContain("writing Parquet tables")
          .doesNotContain("already running");
    }
    assertThat(OutputTrees.digest(killed, "taxonomy"))
        .isNotEmpty()
        .isEqualTo(OutputTrees.digest(clean, "taxonomy"));
    try (var s = Files.walk(killed.resolve("taxonomy"))) {
      assertThat(s.filter(LeftoverCleaner::isLeftover).toList()).as("leftovers").isEmpty();
    }
  }

  @Test
  void aSecondRunOnTheSameWarehouseRefusesWithOneLine() throws Exception {
    Path w = tmp.resolve("w");
    String esco = SAMPLES.resolve("esco").toAbsolutePath().toString();
    try (ChildCli first =
        ChildCli.start(tmp, "taxonomy", "import", "--esco", esco, "--warehouse", w.toString())) {
      assertThat(first.awaitLine(l -> l.contains("reading ESCO"))).as(first.output()).isTrue();
      try (ChildCli second =
          ChildCli.start(tmp, "taxonomy", "import", "--esco", esco, "--warehouse", w.toString())) {
        assertThat(second.waitFor()).isEqualTo(1);
        assertThat(second.output().lines().filter(l -> l.contains("error:")).toList())
            .singleElement()
            .asString()
            .contains("Cannot run taxonomyImportJob: warehouse")
            .contains("is in use by pid " + first.pid());
      }
      assertThat(first.waitFor()).as(first.output()).isZero();
    }
  }
}
