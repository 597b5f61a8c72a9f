package org.microcert.taxonomy.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseLayoutTest {

  @TempDir Path tmp;

  @Test
  void versionsAreOrderedAsNumbersNotAsText() {
    List<String> v = new ArrayList<>(List.of("v1.10.0", "v1.2.0", "v1.1.1", "v1.1.0", "v1.1"));
    v.sort(WarehouseLayout.VERSION_ORDER);

    assertThat(v).containsExactly("v1.1", "v1.1.0", "v1.1.1", "v1.2.0", "v1.10.0");
  }

  @Test
  void latestVersionIsTheNumericallyHighestWithTheLanguageIgnoringStagingFolders()
      throws IOException {
    WarehouseLayout layout = new WarehouseLayout(tmp);
    Files.createDirectories(layout.escoRelease("v1.9.0", "en"));
    Files.createDirectories(layout.escoRelease("v1.10.0", "en"));
    Files.createDirectories(layout.escoRelease("v1.11.0", "fr"));
    Files.createDirectories(layout.escoReleases().resolve(".v2.0.0.staging-x").resolve("en"));

    assertThat(layout.escoVersions("en")).containsExactly("v1.9.0", "v1.10.0");
    assertThat(layout.latestEscoVersion("en")).contains("v1.10.0");
    assertThat(layout.latestEscoVersion("fr")).contains("v1.11.0");
    assertThat(layout.latestEscoVersion("de")).isEmpty();
  }

  @Test
  void tablesSitDirectlyInTheReleaseFolder() {
    WarehouseLayout layout = new WarehouseLayout(tmp);

    assertThat(layout.escoTable("v1.1.1", "en", "skills"))
        .isEqualTo(tmp.resolve("taxonomy/esco/v1.1.1/en/skills"));
    assertThat(layout.escoIndex("v1.1.1", "en"))
        .isEqualTo(tmp.resolve("taxonomy/esco/v1.1.1/en/index"));
    assertThat(layout.demandSkills().getParent()).isEqualTo(layout.demand());
  }
}
