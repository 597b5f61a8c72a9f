package org.microcert.jobs.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.microcert.taxonomy.io.Digests;
import org.microcert.taxonomy.io.FileDigests;

/** SHA-256 digests of files, folders and texts: the nightly stages' input keys. */
final class Fingerprints {

  private Fingerprints() {}

  static String ofText(String text) {
    return Digests.sha256Hex(text);
  }

  /** From the run's memo: a file the run hashed already (its recorded inputs) is not read again. */
  static String ofFile(Path f) {
    return FileDigests.sha256(f);
  }

  /** A folder's regular files (not recursive), by name and content. */
  static String ofFolder(Path dir) {
    StringBuilder sb = new StringBuilder();
    for (Path f : files(dir)) {
      sb.append(f.getFileName()).append(' ').append(ofFile(f)).append('\n');
    }
    return ofText(sb.toString());
  }

  /** A folder's regular files, sorted by name. */
  static List<Path> files(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  /** A folder's sub-folders, sorted by name. */
  static List<Path> folders(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + dir + ": " + e.getMessage(), e);
    }
  }
}
