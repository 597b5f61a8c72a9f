package org.microcert.jobs.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.microcert.taxonomy.text.SpreadsheetCells;

/**
 * Writes each report table as {@code <table>.csv} (RFC 4180, formula cells neutralised). When the
 * scored demand covers one period, the empty {@code trend} cells say so ({@link
 * SubmissionViews#NO_TREND}).
 */
final class CsvReportWriter {

  private CsvReportWriter() {}

  static void write(SubmissionView view, Path dir) {
    Object noTrend = view.meta().get("trend_note");
    view.tables()
        .forEach(
            (name, rows) ->
                ReportFiles.write(
                    dir.resolve(name + ".csv"),
                    csv(ReportTables.COLUMNS.get(name), rows, noTrend)));
  }

  static String csv(List<String> columns, List<Map<String, Object>> rows) {
    return csv(columns, rows, null);
  }

  /** The table as CSV; with a {@code noTrend} note, empty {@code trend} cells hold the note. */
  static String csv(List<String> columns, List<Map<String, Object>> rows, Object noTrend) {
    StringWriter out = new StringWriter();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get();
    try (CSVPrinter p = new CSVPrinter(out, format)) {
      for (Map<String, Object> r : rows) {
        for (String c : columns) {
          Object v = r.get(c);
          p.print(SpreadsheetCells.cell(v == null && "trend".equals(c) ? noTrend : v));
        }
        p.println();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
