package org.microcert.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.taxonomy.InputRejectedException;
import org.microcert.taxonomy.match.SentenceSkills;

class SettingsLoaderTest {

  @TempDir Path dir;

  @Test
  void readsTheShippedConfiguration() {
    Path shipped =
        Path.of(System.getProperty("microcert.samples")).resolveSibling("conf/microcert.yaml");
    MicrocertSettings s = SettingsLoader.load(shipped);
    assertThat(s.warehouse()).isEqualTo(Path.of("./warehouse"));
    assertThat(s.sparkMaster()).isEqualTo("local[*]");
    assertThat(s.sparkConf()).containsEntry("spark.sql.shuffle.partitions", "8");
    assertThat(s.jobRepositoryUrl())
        .startsWith("jdbc:h2:file:")
        .contains("warehouse/batch/jobrepo");
    assertThat(s.nightly().escoInbox()).isEqualTo(Path.of("./data-samples/esco"));
    assertThat(s.nightly().submissionsInbox()).isEqualTo(Path.of("./data-samples/submissions"));
    assertThat(s.nightly().reports()).isNull();
    assertThat(s.nightly().lexicalOnly()).isFalse();
    assertThat(s.nightly().sentenceSkills()).isEqualTo(SentenceSkills.Rules.OFF);
  }

  @Test
  void readsTheNightlySentenceSkillsAndNamesTheKeyOfABadValue() throws Exception {
    Path f = dir.resolve("rules.yaml");
    // Unquoted, YAML 1.1 reads off as false; both are the trie alone.
    for (String v : new String[] {"off", "\"off\"", "false", "''"}) {
      Files.writeString(f, "nightly:\n  sentence-skills: " + v + "\n");
      assertThat(SettingsLoader.load(f).nightly().sentenceSkills())
          .as(v)
          .isEqualTo(SentenceSkills.Rules.OFF);
    }
    Files.writeString(f, "nightly:\n  sentence-skills: lexical\n");
    assertThat(SettingsLoader.load(f).nightly().sentenceSkills())
        .isEqualTo(SentenceSkills.Rules.LEXICAL);
    Files.writeString(f, "nightly:\n  sentence-skills: dense\n");
    MicrocertSettings dense = SettingsLoader.load(f);
    assertThat(dense.nightly().sentenceSkills()).isEqualTo(SentenceSkills.Rules.DENSE);
    assertThat(dense.canonical()).contains("nightly.sentence-skills=dense\n");
    Files.writeString(f, "nightly:\n  sentence-skills: fused\n");
    assertThatThrownBy(() -> SettingsLoader.load(f))
        .isInstanceOf(InputRejectedException.class)
        .hasMessage(
            "Cannot read configuration "
                + f
                + ": 'nightly.sentence-skills' must be off, lexical or dense, not 'fused'");
  }

  @Test
  void rejectsAnUnknownNightlyKeyAndABadFlag() throws Exception {
    Path f = dir.resolve("bad.yaml");
    Files.writeString(f, "nightly:\n  esco_inbox: /in\n");
    assertThatThrownBy(() -> SettingsLoader.load(f))
        .hasMessageContaining("unknown key 'nightly.esco_inbox'");
    Files.writeString(f, "nightly:\n  lexical-only: yes please\n");
    assertThatThrownBy(() -> SettingsLoader.load(f))
        .hasMessageContaining("'nightly.lexical-only' must be true or false");
  }

  @Test
  void aPasswordInTheJdbcUrlIsMasked() {
    assertThat(JdbcUrls.mask("jdbc:postgresql://h:5432/mc?user=mc&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://h:5432/mc?user=mc&password=***&ssl=true");
    assertThat(JdbcUrls.mask("jdbc:postgresql://mc:s3cret@h/mc"))
        .isEqualTo("jdbc:postgresql://mc:***@h/mc");
    assertThat(JdbcUrls.mask("jdbc:h2:file:/w/batch/jobrepo;PASSWORD=x;WRITE_DELAY=0"))
        .isEqualTo("jdbc:h2:file:/w/batch/jobrepo;PASSWORD=***;WRITE_DELAY=0");
    assertThat(JdbcUrls.mask("error at jdbc:postgresql://h/mc?password=abc: refused", "abc"))
        .doesNotContain("abc");
  }

  @Test
  void theCanonicalFormIgnoresCommentsKeyOrderAndQuotingButNotValues() throws Exception {
    Path a = dir.resolve("a.yaml");
    Files.writeString(
        a,
        String.join(
            "\n",
            "# the warehouse",
            "warehouse: /srv/w",
            "spark:",
            "  master: local[2]",
            "  conf:",
            "    spark.sql.shuffle.partitions: \"4\"",
            "    spark.driver.memory: 2g",
            "nightly:",
            "  esco-inbox: /in/esco",
            "  cron: \"0 0 3 * * *\"",
            ""));
    Path b = dir.resolve("b.yaml");
    Files.writeString(
        b,
        String.join(
            "\n",
            "nightly:",
            "  cron: '0 0 3 * * *'   # three o'clock",
            "  esco-inbox: \"/in/esco\"",
            "spark:",
            "  conf:",
            "    spark.driver.memory: \"2g\"",
            "    spark.sql.shuffle.partitions: 4",
            "  master: \"local[2]\"",
            "warehouse: \"/srv/w\"",
            ""));
    String canonical = SettingsLoader.load(a).canonical();
    assertThat(SettingsLoader.load(b).canonical()).isEqualTo(canonical);
    assertThat(canonical)
        .contains("nightly.cron=0 0 3 * * *\n", "spark.conf.spark.driver.memory=2g\n")
        .startsWith("job-repository.url=\n");
    Files.writeString(
        b, Files.readString(b).replace("shuffle.partitions: 4", "shuffle.partitions: 5"));
    assertThat(SettingsLoader.load(b).canonical()).isNotEqualTo(canonical);
  }

  @Test
  void theCanonicalFormLeavesThePasswordOut() throws Exception {
    Path f = dir.resolve("pg.yaml");
    Files.writeString(
        f,
        "job-repository:\n  url: jdbc:postgresql://h/mc?password=s3cret\n  password: t0ps3cret\n");
    assertThat(SettingsLoader.load(f).canonical())
        .doesNotContain("s3cret")
        .contains("job-repository.url=jdbc:postgresql://h/mc?password=***\n");
  }

  @Test
  void missingFileGivesDefaults() {
    assertThat(SettingsLoader.load(dir.resolve("none.yaml")))
        .isEqualTo(MicrocertSettings.defaults());
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
    assertThatThrownBy(() -> SettingsLoader.load(f))
        .hasMessageContaining("unknown key 'warehouse_dir'");
  }

  @Test
  void postgresUrlIsUsedAsGiven() throws Exception {
    Path f = dir.resolve("pg.yaml");
    Files.writeString(
        f,
        "job-repository:\n"
            + "  url: jdbc:postgresql://127.0.0.1:5432/mc\n"
            + "  username: mc\n"
            + "  password: pw\n");
    MicrocertSettings s = SettingsLoader.load(f);
    assertThat(s.jobRepositoryUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/mc");
    assertThat(s.jobRepository().username()).isEqualTo("mc");
  }
}
