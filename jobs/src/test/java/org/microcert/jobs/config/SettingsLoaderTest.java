package org.microcert.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.taxonomy.InputRejectedException;

class SettingsLoaderTest {

  @TempDir Path dir;

  @Test
  void readsTheShippedConfiguration() {
    Path shipped = Path.of(System.getProperty("microcert.samples")).resolveSibling("conf/microcert.yaml");
    MicrocertSettings s = SettingsLoader.load(shipped);
    assertThat(s.warehouse()).isEqualTo(Path.of("./warehouse"));
    assertThat(s.sparkMaster()).isEqualTo("local[*]");
    assertThat(s.sparkConf()).containsEntry("spark.sql.shuffle.partitions", "8");
    assertThat(s.jobRepositoryUrl()).startsWith("jdbc:h2:file:").contains("warehouse/batch/jobrepo");
  }

  @Test
  void missingFileGivesDefaults() {
    assertThat(SettingsLoader.load(dir.resolve("none.yaml"))).isEqualTo(MicrocertSettings.defaults());
  }

  @Test
  void rejectsUnknownKeyNamingIt() throws Exception {
    Path f = dir.resolve("bad.yaml");
    Files.writeString(f, "warehouse: /tmp/w\nspark:\n  mastr: local[2]\n");
    assertThatThrownBy(() -> SettingsLoader.load(f))
        .isInstanceOf(InputRejectedException.class)
        .hasMessageContaining("Cannot read configuration " + f)
        .hasMessageContaining("unknown key 'spark.mastr'");
  }

  @Test
  void rejectsUnknownTopLevelKey() throws Exception {
    Path f = dir.resolve("bad.yaml");
    Files.writeString(f, "warehouse_dir: /tmp/w\n");
    assertThatThrownBy(() -> SettingsLoader.load(f)).hasMessageContaining("unknown key 'warehouse_dir'");
  }

  @Test
  void postgresUrlIsUsedAsGiven() throws Exception {
    Path f = dir.resolve("pg.yaml");
    Files.writeString(
        f, "job-repository:\n  url: jdbc:postgresql://127.0.0.1:5432/mc\n  username: mc\n  password: pw\n");
    MicrocertSettings s = SettingsLoader.load(f);
    assertThat(s.jobRepositoryUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/mc");
    assertThat(s.jobRepository().username()).isEqualTo("mc");
  }
}
