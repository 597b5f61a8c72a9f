package org.microcert.taxonomy.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFilesTest {

  @TempDir Path tmp;

  @Test
  void theWorkingFolderWinsOverHomeAndHomeIsTheFallback() throws IOException {
    Path here = Files.createDirectories(tmp.resolve("here/conf"));
    Path home = Files.createDirectories(tmp.resolve("home/conf/sources"));
    Files.writeString(here.resolve("microcert.yaml"), "warehouse: w\n");
    Files.writeString(home.getParent().resolve("microcert.yaml"), "warehouse: x\n");
    Files.writeString(home.getParent().resolve("relevance.yaml"), "relevance: {}\n");
    ConfigFiles files = new ConfigFiles(List.of(here, home.getParent()));

    assertThat(files.find("microcert.yaml")).contains(here.resolve("microcert.yaml"));
    assertThat(files.find("relevance.yaml")).contains(home.getParent().resolve("relevance.yaml"));
    assertThat(files.find("missing.yaml")).isEmpty();
    assertThat(files.locate("missing.yaml")).isEqualTo(here.resolve("missing.yaml"));
    assertThat(files.dirFor("sources")).isEqualTo(home.getParent());
  }

  @Test
  void theRepositoryConfFolderIsFoundThroughTheHomeProperty() {
    Path repo = Path.of(System.getProperty("microcert.samples", "../data-samples")).getParent();
    String previous = System.setProperty(ConfigFiles.HOME_PROPERTY, repo.toString());
    try {
      assertThat(ConfigFiles.standard().find("sources/shared.properties"))
          .contains(repo.resolve("conf/sources/shared.properties").toAbsolutePath().normalize());
    } finally {
      if (previous == null) {
        System.clearProperty(ConfigFiles.HOME_PROPERTY);
      } else {
        System.setProperty(ConfigFiles.HOME_PROPERTY, previous);
      }
    }
  }
}
