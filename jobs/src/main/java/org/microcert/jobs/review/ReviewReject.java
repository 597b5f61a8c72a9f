package org.microcert.jobs.review;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One review input row that was not recorded, and why (the file, line, column, reason shape of
 * every microcert rejects file).
 *
 * @param file the input file's name
 * @param line physical line where the row starts (a CSV header is line 1)
 * @param column the offending field, or empty for the whole row
 * @param reason why
 */
public record ReviewReject(String file, long line, String column, String reason) {

  /** The rejects file's columns. */
  public static final List<String> COLUMNS = List.of("file", "line", "column", "reason");

  static final Comparator<ReviewReject> ORDER =
      Comparator.comparing(ReviewReject::file)
          .thenComparingLong(ReviewReject::line)
          .thenComparing(ReviewReject::column)
          .thenComparing(ReviewReject::reason);

  public ReviewReject {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return file + ":" + line + (column.isEmpty() ? "" : ":" + column) + ": " + reason;
  }
}
