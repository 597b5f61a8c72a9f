package org.microcert.taxonomy.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;

/** Writes files and folders so that readers see either the old or the whole new content. */
public final class AtomicFiles {

  private AtomicFiles() {}

  /** Writes the content of a file, given the temporary path to write it to. */
  @FunctionalInterface
  public interface FileWriter {
    void write(Path tmp) throws IOException;
  }

  /** Writes {@code text} as UTF-8 to a temporary sibling, then renames it onto {@code file}. */
  public static void writeString(Path file, String text) throws IOException {
    write(file, tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
  }

  /**
   * Lets {@code writer} fill a temporary sibling of {@code file}, then renames it onto {@code
   * file}.
   */
  public static void write(Path file, FileWriter writer) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = dir.resolve("." + file.getFileName() + ".tmp-" + UUID.randomUUID());
    try {
      writer.write(tmp);
      move(tmp, file);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** A fresh temporary folder beside {@code target}, for building it before {@link #publish}. */
  public static Path stagingDirFor(Path target) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path staging = parent.resolve("." + target.getFileName() + ".staging-" + UUID.randomUUID());
    Files.createDirectories(staging);
    return staging;
  }

  /**
   * Moves a finished staging folder into place, replacing any previous {@code target}: the old
   * folder is first renamed aside, then the new one renamed in, then the old one deleted.
   */
  public static void publish(Path staging, Path target) throws IOException {
    Path old = null;
    if (Files.exists(target)) {
      old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID());
      move(target, old);
    }
    move(staging, target);
    if (old != null) {
      deleteRecursively(old);
    }
  }

  /** Deletes a file or folder tree if it exists. */
  public static void deleteRecursively(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    Files.walkFileTree(
        p,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
            Files.delete(f);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
