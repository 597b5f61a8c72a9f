package org.microcert.jobs.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.microcert.taxonomy.io.AtomicFiles;
import org.microcert.taxonomy.io.IoReasons;

/**
 * Writes report files atomically (temp file in the same folder, then rename) and report folders as
 * one unit (staging folder, then swap).
 */
final class ReportFiles {

  private ReportFiles() {}

  /** A fresh staging folder beside {@code dir} (see {@link #publish}). */
  static Path stagingFor(Path dir) {
    try {
      return AtomicFiles.stagingDirFor(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot create report folder beside " + dir + ": " + IoReasons.of(e), e);
    }
  }

  /** Swaps a finished staging folder in as {@code dir}, replacing the previous one whole. */
  static void publish(Path staging, Path dir) {
    try {
      AtomicFiles.publish(staging, dir);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot publish report folder " + dir + ": " + IoReasons.of(e), e);
    }
  }

  static void write(Path file, String content) {
    try {
      AtomicFiles.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot write report file " + file + ": " + IoReasons.of(e), e);
    }
  }
}
