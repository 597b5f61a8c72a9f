package org.microcert.jobs.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * One writer per warehouse: an operating-system lock ({@link FileChannel#tryLock()}) on {@code
 * <warehouse>/microcert.lock}, whose content names the holder (pid, host, start time). The system
 * releases the lock when its holder dies however it dies (SIGKILL, OOM kill, power loss), so a dead
 * holder's lock is simply taken over; its leftover content only says who it was.
 *
 * <p>Within one JVM the lock is re-entrant for the thread that holds it (a command that runs
 * several jobs in a row takes it once per job); another thread of the same JVM is refused.
 */
public final class WarehouseLock implements AutoCloseable {

  /** Name of the lock file inside the warehouse. */
  public static final String FILE_NAME = "microcert.lock";

  private static final Map<Path, WarehouseLock> HELD = new ConcurrentHashMap<>();

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private final Thread thread;
  private int holds = 1;

  private WarehouseLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
    this.thread = Thread.currentThread();
  }

  /**
   * Takes the warehouse's lock.
   *
   * @param what what wants it, for the refusal message (e.g. "run alignJob")
   * @param out receives one line when a dead holder's lock is taken over
   * @throws WarehouseBusyException if a live run holds it
   */
  public static WarehouseLock acquire(Path warehouse, String what, Consumer<String> out) {
    Path file = warehouse.toAbsolutePath().normalize().resolve(FILE_NAME);
    synchronized (HELD) {
      WarehouseLock mine = HELD.get(file);
      if (mine != null) {
        if (mine.thread == Thread.currentThread()) {
          mine.holds++;
          return mine;
        }
        throw busy(what, warehouse, file, RunOwner.current());
      }
      try {
        Files.createDirectories(file.getParent());
        FileChannel ch =
            FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
          lock = ch.tryLock();
        } catch (IOException | RuntimeException e) {
          ch.close();
          throw e;
        }
        Optional<RunOwner> previous = RunOwner.parse(read(ch));
        if (lock == null) {
          ch.close();
          throw busy(what, warehouse, file, previous.orElse(null));
        }
        previous.ifPresent(
            p ->
                out.accept(
                    "Took over the warehouse lock "
                        + file
                        + " left by "
                        + p.describe()
                        + ", which is gone (killed or crashed)"));
        ch.truncate(0);
        byte[] line = (RunOwner.current().toLine() + "\n").getBytes(StandardCharsets.UTF_8);
        ch.write(ByteBuffer.wrap(line), 0);
        ch.force(true);
        WarehouseLock l = new WarehouseLock(file, ch, lock);
        HELD.put(file, l);
        return l;
      } catch (IOException e) {
        throw new UncheckedIOException(
            "Cannot lock warehouse " + warehouse + ": " + e.getMessage(), e);
      }
    }
  }

  /** The lock file. */
  public Path file() {
    return file;
  }

  /** Releases the lock (the last release of a re-entrant holder); the file stays, emptied. */
  @Override
  public void close() {
    synchronized (HELD) {
      if (--holds > 0) {
        return;
      }
      HELD.remove(file);
      try {
        channel.truncate(0);
        lock.release();
        channel.close();
      } catch (IOException e) {
        throw new UncheckedIOException(
            "Cannot release warehouse lock " + file + ": " + e.getMessage(), e);
      }
    }
  }

  private static WarehouseBusyException busy(
      String what, Path warehouse, Path file, RunOwner holder) {
    return new WarehouseBusyException(
        "Cannot "
            + what
            + ": warehouse "
            + warehouse
            + " is in use by "
            + (holder == null ? "another run" : holder.describe())
            + " (lock "
            + file
            + "); wait for it to finish, then run the command again");
  }

  private static String read(FileChannel ch) throws IOException {
    long size = Math.min(ch.size(), 4096);
    ByteBuffer b = ByteBuffer.allocate((int) size);
    while (b.hasRemaining() && ch.read(b, b.position()) > 0) {
      // reads until full
    }
    return new String(b.array(), 0, b.position(), StandardCharsets.UTF_8);
  }
}
