package org.microcert.taxonomy.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path dir;

  @Test
  void publishReplacesTheOldFolderWhole() throws Exception {
    Path target = dir.resolve("release");
    Files.createDirectories(target);
    Files.writeString(target.resolve("old.txt"), "old");
    Path staging = AtomicFiles.stagingDirFor(target);
    Files.writeString(staging.resolve("new.txt"), "new");

    AtomicFiles.publish(staging, target);

    assertThat(target.resolve("new.txt")).hasContent("new");
    assertThat(target.resolve("old.txt")).doesNotExist();
    try (var siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("release");
    }
  }

  @Test
  void writeStringLeavesNoTemporaryFile() throws Exception {
    Path f = dir.resolve("a/b.json");
    AtomicFiles.writeString(f, "{}");
    AtomicFiles.writeString(f, "{\"x\":1}");
    assertThat(f).hasContent("{\"x\":1}");
    try (var siblings = Files.list(f.getParent())) {
      assertThat(siblings).hasSize(1);
    }
  }
}
