package org.microcert.taxonomy.io;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * One input record that was not accepted, and why: the one reject shape of every command (ESCO
 * import, postings ingest, alignment), written by {@link RejectsFile}.
 *
 * @param file the input file (as the user named it, or its file name)
 * @param line physical line (1-based, a CSV header is line 1) where the record starts; 0 when the
 *     whole file is at fault
 * @param column the offending column or field, or empty when the whole record is at fault
 * @param reason why the record was rejected
 */
public record Reject(String file, long line, String column, String reason) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The order rejects files are written in: file, line, column, reason. */
  public static final Comparator<Reject> ORDER =
      Comparator.comparing(Reject::file)
          .thenComparingLong(Reject::line)
          .thenComparing(Reject::column)
          .thenComparing(Reject::reason);

  /** Checks that no part is null. */
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
