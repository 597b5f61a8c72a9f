package org.microcert.taxonomy.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.microcert.taxonomy.text.SpreadsheetCells;

/**
 * The one rejects writer: RFC 4180 CSV with the header {@code file,line,column,reason}, UTF-8,
 * {@code "\n"} line ends, rows in {@link Reject#ORDER}, text cells neutralised for spreadsheets
 * ({@link SpreadsheetCells}: a column named {@code =HYPERLINK(...)} is written {@code
 * '=HYPERLINK(...)}), written to a temporary sibling and renamed into place. The same rejects give
 * the same bytes.
 */
public final class RejectsFile {

  /** The header of every rejects file. */
  public static final List<String> COLUMNS = List.of("file", "line", "column", "reason");

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setRecordSeparator("\n")
          .setHeader(COLUMNS.toArray(new String[0]))
          .get();

  private RejectsFile() {}

  /**
   * Writes {@code rejects} (sorted, the list itself is not changed) to {@code file} atomically.
   *
   * @throws IOException if the file cannot be written; the previous file, if any, is then intact
   */
  public static void write(Path file, List<Reject> rejects) throws IOException {
    List<Reject> sorted = new ArrayList<>(rejects);
    sorted.sort(Reject.ORDER);
    AtomicFiles.write(
        file,
        tmp -> {
          try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
              CSVPrinter p = FORMAT.print(w)) {
            for (Reject r : sorted) {
              p.printRecord(
                  SpreadsheetCells.neutralise(r.file()),
                  r.line(),
                  SpreadsheetCells.neutralise(r.column()),
                  SpreadsheetCells.neutralise(r.reason()));
            }
          }
        });
  }
}
