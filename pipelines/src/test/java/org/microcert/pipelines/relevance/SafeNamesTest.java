package org.microcert.pipelines.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeNamesTest {

  @Test
  void keepsOrdinaryIdsAsTheyAre() {
    assertThat(SafeNames.fileName("fanshawe-2025_v1.2")).isEqualTo("fanshawe-2025_v1.2");
  }

  @Test
  void turnsTraversalAndSeparatorsIntoPlainNames() {
    assertThat(SafeNames.fileName("../../etc")).isEqualTo("_.._etc");
    assertThat(SafeNames.fileName("..")).doesNotContain("/").isNotEqualTo("..").isNotEqualTo(".");
    assertThat(SafeNames.fileName("a/b\\c d")).isEqualTo("a_b_c_d");
    assertThat(SafeNames.fileName("/etc/passwd")).isEqualTo("_etc_passwd");
    assertThat(SafeNames.fileName("")).startsWith("_");
  }

  @Test
  void resolvesChildrenInsideTheirFolder() {
    Path dir = Path.of("/tmp/out");
    for (String id :
        new String[] {"../../etc", "..", ".", "/abs", "a/../../b", "C:\\x", "\u0000"}) {
      assertThat(SafeNames.child(dir, id).getParent()).isEqualTo(dir);
    }
  }

  @Test
  void usesAnExistingEntryWrittenUnderTheRawIdButNeverOutsideTheFolder(@TempDir Path dir)
      throws Exception {
    Files.createDirectories(dir.resolve("my sub"));
    assertThat(SafeNames.existingChild(dir, "my sub"))
        .isEqualTo(dir.resolve("my sub").toAbsolutePath());
    assertThat(SafeNames.existingChild(dir, "other sub"))
        .isEqualTo(dir.resolve("other_sub").toAbsolutePath());
    Files.createDirectories(dir.resolve("a"));
    assertThat(SafeNames.existingChild(dir.resolve("a"), "..").getParent())
        .isEqualTo(dir.resolve("a").toAbsolutePath());
  }
}
