package org.microcert.taxonomy.esco;

import java.util.Objects;

/**
 * One input row that was not imported.
 *
 * @param file the file name, e.g. {@code skills_en.csv}
 * @param line physical line (1-based, header = 1) where the record starts; multi-line quoted
 *     fields make this differ from the record number
 * @param column the header name of the offending column, or empty when the whole row is at fault
 * @param reason why the row was rejected
 */
public record Reject(String file, long line, String column, String reason) {

  public Reject {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(reason, "reason");
  }

  /** {@code file:line:column: reason}, the shape used in error messages. */
  @Override
  public String toString() {
    return file + ":" + line + (column.isEmpty() ? "" : ":" + column) + ": " + reason;
  }
}
