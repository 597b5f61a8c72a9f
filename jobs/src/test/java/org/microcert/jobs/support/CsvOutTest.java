package org.microcert.jobs.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvOutTest {

  @Test
  void neutralisesSpreadsheetFormulas() {
    String csv =
        new CsvOut("a", "b").row("=HYPERLINK(\"x\")", "+1").row("-2", "@SUM(A1)").toString();
    assertThat(csv.split("\r\n"))
        .containsExactly("a,b", "\"'=HYPERLINK(\"\"x\"\")\",'+1", "'-2,'@SUM(A1)");
  }

  @Test
  void quotesCommasQuotesAndNewlines() {
    String csv = new CsvOut("text").row("one, two").row("say \"hi\"").row("multi\nline").toString();
    assertThat(csv).isEqualTo("text\r\n\"one, two\"\r\n\"say \"\"hi\"\"\"\r\n\"multi\nline\"\r\n");
  }

  @Test
  void leavesPlainTextAlone() {
    assertThat(CsvOut.neutralise("manage staff")).isEqualTo("manage staff");
    assertThat(CsvOut.neutralise("")).isEqualTo("");
  }
}
