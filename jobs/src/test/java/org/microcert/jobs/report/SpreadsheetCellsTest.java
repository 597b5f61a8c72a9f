package org.microcert.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

  @Test
  void prefixesTextCellsThatASpreadsheetWouldEvaluate() {
    assertThat(SpreadsheetCells.neutralise("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
    assertThat(SpreadsheetCells.neutralise("+1")).isEqualTo("'+1");
    assertThat(SpreadsheetCells.neutralise("-2+3")).isEqualTo("'-2+3");
    assertThat(SpreadsheetCells.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(SpreadsheetCells.neutralise("\tx")).isEqualTo("'\tx");
    assertThat(SpreadsheetCells.neutralise("Python")).isEqualTo("Python");
    assertThat(SpreadsheetCells.neutralise("")).isEmpty();
  }

  @Test
  void leavesNumbersWrittenByTheReportAlone() {
    assertThat(SpreadsheetCells.cell(-0.01)).isEqualTo(-0.01);
    assertThat(SpreadsheetCells.cell("-0.01")).isEqualTo("'-0.01");
    assertThat(SpreadsheetCells.cell(null)).isEqualTo("");
  }

  @Test
  void writesNeutralisedQuotedCsv() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("outcome_text", "=cmd|' /C calc'!A0, \"quoted\"");
    row.put("trend", -0.5);
    String csv = CsvReportWriter.csv(List.of("outcome_text", "trend"), List.of(row));
    assertThat(csv).isEqualTo("outcome_text,trend\r\n\"'=cmd|' /C calc'!A0, \"\"quoted\"\"\",-0.5\r\n");
  }
}
