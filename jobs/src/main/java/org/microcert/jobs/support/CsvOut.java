package org.microcert.jobs.support;

import java.util.List;
import org.microcert.taxonomy.text.SpreadsheetCells;

/**
 * Builds RFC 4180 CSV text for people's spreadsheets: fields quoted where needed, and cells that a
 * spreadsheet would run as a formula ({@code = + - @}, tab, carriage return) neutralised with a
 * leading apostrophe.
 */
public final class CsvOut {

  private final StringBuilder out = new StringBuilder();

  public CsvOut(String... header) {
    row(header);
  }

  /** Appends one row. */
  public CsvOut row(String... cells) {
    return row(List.of(cells));
  }

  /** Appends one row. */
  public CsvOut row(List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quote(neutralise(cells.get(i) == null ? "" : cells.get(i))));
    }
    out.append("\r\n");
    return this;
  }

  /** The cell as a spreadsheet should show it, never as a formula. */
  public static String neutralise(String cell) {
    return SpreadsheetCells.neutralise(cell);
  }

  private static String quote(String cell) {
    if (cell.indexOf(',') < 0
        && cell.indexOf('"') < 0
        && cell.indexOf('\n') < 0
        && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
