package org.microcert.taxonomy.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

  @Test
  void prefixesTextCellsThatASpreadsheetWouldEvaluate() {
    assertThat(SpreadsheetCells.neutralise("=HYPERLINK(\"http://evil\")"))
        .isEqualTo("'=HYPERLINK(\"http://evil\")");
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
}
