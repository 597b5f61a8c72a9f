package org.microcert.jobs.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.taxonomy.io.FileDigests;
import org.microcert.taxonomy.io.WarehouseLayout;

/** The release a run used, when its {@code release} parameter names an imported release folder. */
class EscoReleaseUsedTest {

  @TempDir Path warehouse;

  @Test
  void aReleaseFolderParameterIsThatReleaseNotTheNewestAndIsNotHashedAsAFile() throws IOException {
    WarehouseLayout layout = new WarehouseLayout(warehouse);
    Path older = layout.escoRelease("v1.1.0", "en");
    Files.createDirectories(older.resolve("skills"));
    Files.writeString(older.resolve("manifest.json"), "{\"version\":\"v1.1.0\"}\n");
    Files.writeString(older.resolve("skills").resolve("part-00000.parquet"), "rows");
    Path newer = layout.escoRelease("v1.1.1", "en");
    Files.createDirectories(newer);
    Files.writeString(newer.resolve("manifest.json"), "{\"version\":\"v1.1.1\"}\n");

    Map<String, String> params =
        Map.of("release", older.toString(), "warehouse", warehouse.toString());
    EscoReleaseUsed used = EscoReleaseUsed.resolve(params, warehouse).orElseThrow();

    assertThat(used)
        .isEqualTo(
            new EscoReleaseUsed(
                "v1.1.0", "en", FileDigests.sha256(older.resolve("manifest.json")), "parameters"));
    RunInputs inputs = RunInputs.of(params, MicrocertSettings.defaults().withWarehouse(warehouse));
    assertThat(inputs.files()).isEmpty();
    assertThat(inputs.escoRelease()).isEqualTo(used);
  }
}
