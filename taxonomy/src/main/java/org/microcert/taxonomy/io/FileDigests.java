package org.microcert.taxonomy.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The run's memo of file digests: each input file is read for its SHA-256 once per run, whoever
 * asks (the recorded run inputs, the ESCO import's manifest, the nightly watermarks). A file is
 * known by its absolute path, size and modification time: a file changed since is read again. The
 * job runner clears the memo when a run starts.
 */
public final class FileDigests {

  private record Key(Path path, long size, FileTime modified) {}

  private static final Map<Key, String> MEMO = new ConcurrentHashMap<>();
  private static final AtomicLong READS = new AtomicLong();

  private FileDigests() {}

  /** Lower-case hex SHA-256 of a file's bytes: from the memo, else read (and remembered). */
  public static String sha256(Path file) {
    try {
      Key key = key(file);
      String known = MEMO.get(key);
      if (known != null) {
        return known;
      }
      String digest = Digests.sha256OfFile(file);
      READS.incrementAndGet();
      if (key.equals(key(file))) {
        MEMO.put(key, digest);
      }
      return digest;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The digest of {@code file} if the memo knows it as it is now. */
  public static Optional<String> known(Path file) {
    try {
      return Optional.ofNullable(MEMO.get(key(file)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Remembers a digest computed by a reader that hashed the whole file while reading it, if the
   * file still has the size and modification time it had when {@code before} was taken.
   */
  public static void remember(Path file, BasicFileAttributes before, String digest) {
    try {
      Key was = key(file, before);
      if (was.equals(key(file))) {
        MEMO.put(was, digest);
        READS.incrementAndGet();
      }
    } catch (IOException e) {
      // not remembered: read again when asked
    }
  }

  /** The attributes {@link #remember} compares with. */
  public static BasicFileAttributes attributes(Path file) throws IOException {
    return Files.readAttributes(file, BasicFileAttributes.class);
  }

  /** Forgets every digest (a new run starts). */
  public static void clear() {
    MEMO.clear();
  }

  /** How many times a file was read for its digest since the JVM started (for tests). */
  public static long reads() {
    return READS.get();
  }

  private static Key key(Path file) throws IOException {
    return key(file, attributes(file));
  }

  private static Key key(Path file, BasicFileAttributes a) {
    return new Key(file.toAbsolutePath().normalize(), a.size(), a.lastModifiedTime());
  }
}
