package org.microcert.jobs.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warehouse lock names its holder, refuses a second holder and takes over a dead one's. */
class WarehouseLockTest {

  @TempDir Path w;

  @Test
  void namesItsHolderAndIsReleasedOnClose() throws Exception {
    List<String> out = new ArrayList<>();
    try (WarehouseLock lock = WarehouseLock.acquire(w, "run x", out::add)) {
      assertThat(Files.readString(lock.file())).startsWith(ProcessHandle.current().pid() + " ");
      try (WarehouseLock again = WarehouseLock.acquire(w, "run y", out::add)) {
        assertThat(again).as("re-entrant for its thread").isSameAs(lock);
      }
      assertThatThrownBy(
              () ->
                  CompletableFuture.runAsync(() -> WarehouseLock.acquire(w, "run z", s -> {}))
                      .join())
          .hasCauseInstanceOf(WarehouseBusyException.class)
          .hasMessageContaining("Cannot run z: warehouse")
          .hasMessageContaining("is in use by pid " + ProcessHandle.current().pid());
    }
    assertThat(Files.readString(w.resolve(WarehouseLock.FILE_NAME))).isEmpty();
    assertThat(out).isEmpty();
  }

  @Test
  void takesOverTheLockOfADeadHolder() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    String dead = p.pid() + " " + RunOwner.current().host() + " 2026-01-01T00:00:00Z\n";
    Files.writeString(w.resolve(WarehouseLock.FILE_NAME), dead);
    List<String> out = new ArrayList<>();
    try (WarehouseLock lock = WarehouseLock.acquire(w, "run x", out::add)) {
      assertThat(Files.readString(lock.file())).startsWith(ProcessHandle.current().pid() + " ");
    }
    assertThat(out).singleElement().asString().contains("left by pid " + p.pid()).contains("gone");
    assertThat(new RunOwner(p.pid(), RunOwner.current().host(), "").isAlive()).isFalse();
  }
}
