package org.microcert.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvReportWriterTest {

  @Test
  void writesNeutralisedQuotedCsv() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("outcome_text", "=cmd|' /C calc'!A0, \"quoted\"");
    row.put("trend", -0.5);
    String csv = CsvReportWriter.csv(List.of("outcome_text", "trend"), List.of(row));
    assertThat(csv)
        .isEqualTo("outcome_text,trend\r\n\"'=cmd|' /C calc'!A0, \"\"quoted\"\"\",-0.5\r\n");
  }
}
