package org.microcert.taxonomy.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exclusive access to a file shared by processes and threads: an exclusive {@link FileChannel} lock
 * on the sidecar {@code <file>.lock} between processes (readers take none), and a monitor per file
 * between the threads of one JVM, which cannot hold two channel locks on one file.
 */
public final class FileLocks {

  private static final ConcurrentHashMap<Path, Object> JVM_LOCKS = new ConcurrentHashMap<>();

  private FileLocks() {}

  /** What runs under the lock. */
  @FunctionalInterface
  public interface Action {
    void run() throws IOException;
  }

  /** The lock file beside {@code file}. */
  public static Path lockFileOf(Path file) {
    return file.resolveSibling(file.getFileName() + ".lock");
  }

  /**
   * Runs {@code action} holding {@code file}'s locks (waiting for other holders); its folder is
   * created first.
   */
  public static void exclusively(Path file, Action action) throws IOException {
    Path abs = file.toAbsolutePath().normalize();
    synchronized (JVM_LOCKS.computeIfAbsent(abs, k -> new Object())) {
      Files.createDirectories(abs.getParent());
      try (FileChannel channel =
          FileChannel.open(lockFileOf(abs), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
        FileLock held = channel.lock();
        try {
          action.run();
        } finally {
          held.release();
        }
      }
    }
  }
}
