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

/** Writes each report table as {@code <table>.csv} (RFC 4180, formula cells neutralised). */
final class CsvReportWriter {

  private CsvReportWriter() {}

  static void write(SubmissionView view, Path dir) {
    view.tables()
        .forEach(
            (name, rows) ->
                ReportFiles.write(
                    dir.resolve(name + ".csv"), csv(ReportTables.COLUMNS.get(name), rows)));
  }

  static String csv(List<String> columns, List<Map<String, Object>> rows) {
    StringWriter out = new StringWriter();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get();
    try (CSVPrinter p = new CSVPrinter(out, format)) {
      for (Map<String, Object> r : rows) {
        for (String c : columns) {
          p.print(SpreadsheetCells.cell(r.get(c)));
        }
        p.println();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
