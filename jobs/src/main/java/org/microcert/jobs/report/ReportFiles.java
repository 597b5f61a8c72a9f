package org.microcert.jobs.report;

import org.microcert.taxonomy.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Writes report files atomically (temp file in the same folder, then rename). */
final class ReportFiles {

  private ReportFiles() {}

  static void write(Path file, String content) {
    try {
      AtomicFiles.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write report file " + file + ": " + e, e);
    }
  }
}
