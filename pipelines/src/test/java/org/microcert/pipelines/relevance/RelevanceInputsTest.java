package org.microcert.pipelines.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.taxonomy.io.WarehouseLayout;

class RelevanceInputsTest {

  @TempDir Path tmp;

  @Test
  void theDefaultReleaseIsTheNumericallyNewestInTheLanguageAndTablesAreReadFromIt()
      throws IOException {
    WarehouseLayout layout = new WarehouseLayout(tmp);
    Files.createDirectories(layout.escoTable("v1.9.0", "en", "skills"));
    Files.createDirectories(layout.escoTable("v1.10.0", "en", "skills"));
    Files.createDirectories(layout.escoRelease("v1.11.0", "fr"));
    RelevanceRequest request = RelevanceRequest.of(tmp, "demo");

    assertThat(RelevanceInputs.taxonomyDir(request)).isEqualTo(layout.escoRelease("v1.10.0", "en"));
    assertThat(RelevanceInputs.escoTable(request, "skills"))
        .isEqualTo(layout.escoTable("v1.10.0", "en", "skills"));
    assertThatThrownBy(() -> RelevanceInputs.escoTable(request, "occupations"))
        .hasMessageStartingWith("Cannot score relevance: missing ESCO table ")
        .hasMessageContaining("v1.10.0");
  }

  @Test
  void noReleaseInTheLanguageIsOneClearMessage() throws IOException {
    Files.createDirectories(new WarehouseLayout(tmp).escoRelease("v1.1.1", "fr"));

    assertThatThrownBy(() -> RelevanceInputs.taxonomyDir(RelevanceRequest.of(tmp, "demo")))
        .isInstanceOf(RelevanceDataException.class)
        .hasMessageStartingWith("Cannot score relevance: no ESCO tables in language 'en'");
  }
}
