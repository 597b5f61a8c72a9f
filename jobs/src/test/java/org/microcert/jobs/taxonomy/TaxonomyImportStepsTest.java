package org.microcert.jobs.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.jobs.run.Progress;
import org.springframework.batch.core.step.StepExecution;

/** The import tasklets on the shipped ESCO sample, without a Spring context. */
class TaxonomyImportStepsTest {

  static final Path SAMPLE_ESCO = Path.of(System.getProperty("microcert.samples"), "esco");

  @TempDir Path warehouse;

  @Test
  void importsTheSampleAndCountsItsRowsOnTheStep() throws Exception {
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    StepExecution step;
    try (Progress progress = new Progress(new PrintStream(lines, true, StandardCharsets.UTF_8))) {
      step = ImportWithoutSpring.run(SAMPLE_ESCO, warehouse, progress);
    }

    TaxonomyManifest m = new TaxonomyWarehouse(warehouse).manifest("v1.1.1", "en").orElseThrow();
    assertThat(m.rowsIn()).isEqualTo(m.rowsAccepted() + m.rowsRejected());
    assertThat(step.getWriteCount()).isEqualTo(m.rowsAccepted());
    assertThat(step.getReadSkipCount()).isEqualTo(m.rowsRejected());
    assertThat(m.indexDocuments())
        .isEqualTo(m.tables().get("skills") + m.tables().get("occupations"));
    assertThat(warehouse.resolve("taxonomy/esco/v1.1.1/en/index")).isDirectory();
    assertThat(lines.toString(StandardCharsets.UTF_8))
        .contains("published " + warehouse.resolve("taxonomy/esco/v1.1.1/en"));
  }

  @Test
  void aSecondImportOfTheSameFilesLeavesTheManifestAsItWas() throws Exception {
    try (Progress progress = new Progress(new PrintStream(new ByteArrayOutputStream(), true))) {
      ImportWithoutSpring.run(SAMPLE_ESCO, warehouse, progress);
      Path manifest = warehouse.resolve("taxonomy/esco/v1.1.1/en/manifest.json");
      String first = Files.readString(manifest);

      StepExecution again = ImportWithoutSpring.run(SAMPLE_ESCO, warehouse, progress);

      assertThat(Files.readString(manifest)).isEqualTo(first);
      assertThat(again.getJobExecution().getExecutionContext().getString("noop")).isEqualTo("true");
    }
  }
}
